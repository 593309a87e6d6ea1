package io.abacus.app.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The command tree has no cycles: the root lists its subcommands, they never name the root. */
public final class CommandTreeRules {
  private CommandTreeRules() {}

  @ArchTest
  static final ArchRule subcommandsDoNotDependOnTheRoot =
      noClasses()
          .that()
          .resideInAPackage("io.abacus.app.cli..")
          .and()
          .doNotHaveFullyQualifiedName(Cli.class.getName())
          .and()
          .doNotHaveFullyQualifiedName(AbacusCommand.class.getName())
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(AbacusCommand.class.getName())
          .because("subcommands read the root's options through RootOptions");
}
