package io.contractcheck.processor.namedcall;

import java.util.Objects;
import javax.lang.model.element.ExecutableElement;

/** One contract that asks for a named call ({@code @Contract(namedCall = true)}). */
public final class NamedCallRequest {
  private final ExecutableElement method;
  private final String id;
  private final boolean explicit;
  private final String replacedBy;

  /**
   * @param method the contract's method or constructor
   * @param id the contract id: overloads' entry points are named after it
   * @param explicit the member itself asks (its own {@code @Contract}), rather than its type: only
   *     then is a member that can have no named call (no parameters, an enum's constructor)
   *     reported
   * @param replacedBy the id of the replacement contract, or empty
   */
  public NamedCallRequest(
      ExecutableElement method, String id, boolean explicit, String replacedBy) {
    this.method = Objects.requireNonNull(method, "method");
    this.id = Objects.requireNonNull(id, "id");
    this.explicit = explicit;
    this.replacedBy = Objects.requireNonNull(replacedBy, "replacedBy");
  }

  public ExecutableElement method() {
    return method;
  }

  public String id() {
    return id;
  }

  public boolean explicit() {
    return explicit;
  }

  public String replacedBy() {
    return replacedBy;
  }
}
