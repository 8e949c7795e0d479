package io.contractcheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the parameter list of a method or constructor is a contract: every call site is
 * verified at compile time by the ContractCheck processor.
 *
 * <p>On a type, every non-private method and constructor the type declares is a contract (on a
 * record, its canonical constructor too); a {@code @Contract} on a member overrides the one on its
 * type.
 *
 * <p>What is checked at each call of a contract:
 *
 * <ul>
 *   <li>an argument label {@code /* name= *&#47;} must equal the name of its parameter;
 *   <li>an argument whose name is another parameter's name (and not its own) is a swap;
 *   <li>with {@link #requireNamedArguments()}, every argument must be named: by a label, or by an
 *       expression whose name words include the parameter's words;
 *   <li>a call of a contract with {@link #replacedBy()} is reported with its replacement.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface Contract {

  /**
   * The contract id. Defaults to {@code fully.qualified.Type#method} ({@code Type#<init>} for
   * constructors). Overloads that would share a default id get their parameter count appended
   * ({@code Type#method/2}); overloads with the same name and parameter count need explicit ids.
   * On a type, a non-empty value replaces {@code fully.qualified.Type} in its members' default ids.
   */
  String value() default "";

  /** When true, every argument at every call site must be named (see the class comment). */
  boolean requireNamedArguments() default false;

  /**
   * The id of the contract that supersedes this one. Calls are reported as warnings naming the
   * replacement ({@code -Acontractcheck.replacedCalls=error} makes them errors).
   */
  String replacedBy() default "";

  /**
   * Parameters of this contract that its {@link #replacedBy()} replacement no longer takes because
   * it does their work itself (it mints the request id the old contract was given, say). A fix
   * that rewrites a call to the replacement may then leave their arguments out even when
   * evaluating them has effects ({@code newRequestId()}); any other argument the replacement does
   * not take is left out only when it is a name, a literal or a field read.
   */
  String[] replacementDrops() default {};

  /**
   * When true, the ContractCheck processor generates a <em>named call</em> for this contract: a
   * staged builder in {@code <Type>Calls} (same package) with one step per parameter, named after
   * it, in declaration order, so that a rename or reorder of the parameters breaks every caller in
   * any compiler, with or without ContractCheck on the caller's side:
   *
   * <pre>{@code
   * WebSocketManager manager = WebSocketManagerFactoryCalls.createWebSocketManager()
   *     .userContext(context)
   *     .call();
   * }</pre>
   *
   * <p>Only the processor jar generates code (javac gives plugins no {@code Filer}). On a type,
   * every contract the type declares gets a named call, except those that take no parameters.
   */
  boolean namedCall() default false;
}
