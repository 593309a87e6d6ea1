package io.abacus.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** MVVM rules: view models hold state and logic, never controls or threads. */
public final class ViewModelRules {
  private ViewModelRules() {}

  @ArchTest
  static final ArchRule viewModelsTouchNoControls =
      noClasses()
          .that()
          .resideInAPackage("io.abacus.app..")
          .and()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "javafx.stage..")
          .because("view models are unit-tested without a stage");

  @ArchTest
  static final ArchRule onlyTheExecutorHandsWorkToTheFxThread =
      noClasses()
          .that()
          .resideInAPackage("io.abacus.app..")
          .and()
          .doNotHaveFullyQualifiedName("io.abacus.app.task.TaskExecutor")
          .should()
          .callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
          .because("the hand-off to the FX thread is in one place (docs/decisions/0002)");
}
