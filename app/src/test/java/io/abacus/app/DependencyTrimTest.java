package io.abacus.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The parent pom excludes org.connid, which tuweni-bytes (pulled by web3j's crypto) declares for
 * its {@code GuardedByteArrayBytes} alone. Using that class would compile but fail at run time, so
 * it must fail here first; drop the exclusion to use it.
 */
@AnalyzeClasses(packages = "io.abacus", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyTrimTest {

  @ArchTest
  static final ArchRule noGuardedBytes =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveNameMatching("org\\.apache\\.tuweni\\.bytes\\.GuardedByteArray.*")
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage("org.identityconnectors..")
          .because("org.connid (its only user) is excluded in the parent pom");
}
