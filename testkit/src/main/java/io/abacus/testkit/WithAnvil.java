package io.abacus.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the test class an anvil node in its fresh state (block 0, funded dev accounts, nothing
 * deployed). Declare an {@link Anvil} parameter to receive it.
 *
 * <p>By default ({@link #shared()}) the node is shared by every class of the test JVM with the same
 * options: the class starts on a snapshot of the fresh chain and the chain is reverted to it when
 * the class ends (also when tests fail), see {@link SharedAnvils}. A class that stops the node or
 * changes what a revert does not undo (impersonated accounts, block time arguments, a node it
 * kills) declares {@code shared = false} and gets its own node, stopped after the last test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(AnvilExtension.class)
public @interface WithAnvil {
  /** Chain id the node reports. */
  long chainId() default 31337;

  /** Mine each transaction at once; false leaves transactions pending until {@code mine}. */
  boolean automine() default true;

  /** Further anvil command-line arguments. */
  String[] args() default {};

  /**
   * Reuse the JVM's node with the same options, isolated by snapshot and revert (true), or start a
   * private node for this class alone (false).
   */
  boolean shared() default true;
}
