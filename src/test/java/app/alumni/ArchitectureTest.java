package app.alumni;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The shape of the code base as rules: {@code common} is the ground floor, {@code member} stands on it, and every
 * other feature stands on those two alone. What one feature must do when another acts is a CDI event it observes (or,
 * for moderation, content a feature offers through {@code common.ReportableContent}), never an import.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.alumni");

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("app.alumni.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void commonKnowsNoFeature() {
        noClasses().that().resideInAPackage("app.alumni.common..")
                .should().dependOnClassesThat(resideInAPackage("app.alumni..").and(resideInAPackage("app.alumni.common..").negate()))
                .check(MAIN);
    }

    @Test
    void featuresImportOnlyMemberAndCommon() {
        slices().matching("app.alumni.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAnyPackage("app.alumni.member..", "app.alumni.common.."))
                .check(MAIN);
    }

    @Test
    void memberStandsOnCommonAlone() {
        noClasses().that().resideInAPackage("app.alumni.member..")
                .should().dependOnClassesThat(resideInAPackage("app.alumni..")
                        .and(resideInAnyPackage("app.alumni.member..", "app.alumni.common..").negate()))
                .check(MAIN);
    }
}
