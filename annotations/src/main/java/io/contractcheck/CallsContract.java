package io.contractcheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated code depends on the listed contracts. Inside it, every call of a
 * listed contract must name all of its arguments, as if the contract had
 * {@link Contract#requireNamedArguments()}. Ids that name no known contract are compile errors, and
 * a listed contract the code never calls is reported as stale.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface CallsContract {

  /** The ids of the contracts this code depends on, e.g. {@code "com.example.Factory#create"}. */
  String[] value();
}
