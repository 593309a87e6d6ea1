package io.abacus.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The parent pom excludes libraries that only these web3j/tuweni classes need (jnr-unixsocket,
 * Java-WebSocket, org.connid), which keeps them out of the installers. Using one of these classes
 * would compile but fail at run time, so it must fail here first; drop the exclusion to use them.
 */
@AnalyzeClasses(packages = "io.abacus", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyTrimTest {

  @ArchTest
  static final ArchRule noIpc =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.web3j.protocol.ipc..", "jnr..")
          .because("jnr-unixsocket is excluded in the parent pom; nodes are reached over HTTP");

  @ArchTest
  static final ArchRule noWebSocket =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.web3j.protocol.websocket..", "org.java_websocket..")
          .because("Java-WebSocket is excluded in the parent pom");

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
