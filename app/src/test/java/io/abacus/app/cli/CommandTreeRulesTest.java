package io.abacus.app.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The command tree has no cycles: the root lists its subcommands, they never name the root. */
@AnalyzeClasses(
    packages = "io.abacus.app.cli",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CommandTreeRulesTest {

  @ArchTest
  static final ArchRule subcommandsDoNotDependOnTheRoot =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(Cli.class.getName())
          .and()
          .doNotHaveFullyQualifiedName(AbacusCommand.class.getName())
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(AbacusCommand.class.getName())
          .because("subcommands read the root's options through RootOptions");
}
