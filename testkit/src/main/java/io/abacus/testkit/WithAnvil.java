package io.abacus.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the test class a fresh anvil node: started before the first test, stopped after the last
 * (also when tests fail). Declare an {@link Anvil} parameter to receive it.
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
}
