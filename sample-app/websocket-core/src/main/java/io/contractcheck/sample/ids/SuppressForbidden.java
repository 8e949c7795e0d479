package io.contractcheck.sample.ids;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows the annotated class to call the APIs that {@code sample-app/id-signatures.txt} forbids
 * everywhere else (the build's forbidden-API check is configured to honour this annotation).
 * Package-private: only the ids package can use it, and only {@link UnifiedIdGenerator} does.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface SuppressForbidden {

  /** Why this class may make ids and randomness. */
  String reason();
}
