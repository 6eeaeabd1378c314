package org.mutualis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.shared.Clocks;

/** The house rules of docs/architecture.md, checked on the compiled main classes. */
class HouseRulesTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mutualis");

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should()
                .notBePublic()
                .check(MAIN);
    }

    @Test
    void storesLiveInTheirModulesPersistencePackage() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should()
                .resideInAPackage("org.mutualis.*.persistence")
                .andShould()
                .haveSimpleNameEndingWith("Store")
                .check(MAIN);
    }

    @Test
    void controllersLiveInTheirModulesWebPackage() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should()
                .resideInAnyPackage("org.mutualis.*.web", "org.mutualis.portal")
                .check(MAIN);
    }

    @Test
    void oneWayToFailEveryModuleThrowsTheSharedVocabulary() {
        classes()
                .that()
                .resideInAPackage("org.mutualis..")
                .and()
                .areAssignableTo(RuntimeException.class)
                // a broken official data file is the server's fault, not the reader's: a 500 is right
                .and()
                .doNotHaveSimpleName("OfficialDataException")
                // the command line answers in French on stderr and knows no HTTP status
                .and()
                .resideOutsideOfPackage("org.mutualis..cli..")
                // Spring Security's sign-in protocol (a lockout): its filter answers them with the
                // sign-in page's failure, they never reach the portal handlers
                .and()
                .areNotAssignableTo(org.springframework.security.core.AuthenticationException.class)
                .should()
                .beAssignableTo(org.mutualis.shared.error.MutualisException.class)
                .because("a module's refusals extend shared.error's vocabulary, so the two portal handlers answer them")
                .check(MAIN);
    }

    /** Several instances run the same schedule: each job runs on the one that takes its lock (docs/operations.md). */
    @Test
    void scheduledWorkRunsOnceAcrossInstances() {
        methods()
                .that()
                .areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .should()
                .beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void errorsAreHandledOnlyByThePortal() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.web.bind.annotation.ControllerAdvice.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestControllerAdvice.class)
                .should()
                .resideInAPackage("org.mutualis.portal")
                .check(MAIN);
    }

    @Test
    void theComputingCoreKnowsNoSpringAndNoSql() {
        noClasses()
                .that()
                .resideInAPackage("org.mutualis.*.domain")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(MAIN);
    }

    @Test
    void moneyAndCountsAreNeverFloatingPointInTheCore() {
        noClasses()
                .that()
                .resideInAPackage("org.mutualis.*.domain")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.Double")
                .check(MAIN);
    }

    @Test
    void everyNowComesFromTheClock() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(Clocks.class)
                .should()
                .callMethodWhere(SYSTEM_TIME)
                .because("business time is read from the one Clock bean (Clocks), so a test can fix it")
                .check(MAIN);
    }

    /** {@code now()} or {@code now(zone)} of a java.time type, a system clock, or the epoch milliseconds. */
    private static final DescribedPredicate<JavaMethodCall> SYSTEM_TIME =
            DescribedPredicate.describe("a read of the system time that bypasses the Clock bean", call -> {
                String owner = call.getTargetOwner().getPackageName();
                String name = call.getTarget().getName();
                List<String> parameters = call.getTarget().getRawParameterTypes().stream()
                        .map(JavaClass::getName)
                        .toList();
                boolean withClock = parameters.equals(List.of(Clock.class.getName()));
                return (owner.equals("java.time") && name.equals("now") && !withClock)
                        || (call.getTargetOwner().isEquivalentTo(Clock.class) && name.startsWith("system"))
                        || (call.getTargetOwner().isEquivalentTo(System.class) && name.equals("currentTimeMillis"));
            });
}
