package org.llmcostplanner;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.properties.HasParameterTypes.Predicates.rawParameterTypes;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethodWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of STYLE.md, checked on the production classes: model is plain Java; chart and io
 * build on model only; ui and cli stay apart; only cli prints; nobody prints stack traces.
 * Rules on packages that do not exist yet pass while empty and apply as soon as a class lands.
 * {@link ArchitectureRulesTest} shows that each rule fails on classes that break it.
 */
class ArchitectureTest {
    private static final String ROOT = "org.llmcostplanner";
    private static final String[] TOOLKITS = {"javafx..", "org.jfree..", "com.fasterxml..", "picocli..", "com.knuddels.."};

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    // The rules take the root package so ArchitectureRulesTest can apply them to a fixture tree of the same shape.

    static ArchRule modelUsesNoToolkitOrFileFormatLibrary(String root) {
        return noClasses().that().resideInAPackage(root + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage(TOOLKITS)
                .because("the model is plain Java, tested without a toolkit (STYLE.md 1, 2)");
    }

    static ArchRule modelDependsOnNoOtherPlannerPackage(String root) {
        return noClasses().that().resideInAPackage(root + ".model..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(root + ".model.."))))
                .because("every other layer builds on the model, never the other way round");
    }

    static ArchRule dependsOnlyOnModel(String root, String layer) {
        return classes().that().resideInAPackage(root + "." + layer + "..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(root + "..")
                        .or(resideInAnyPackage(root + "." + layer + "..", root + ".model..")))
                .because(layer + " is used by both ui and cli, so it may build on the model only")
                .allowEmptyShould(true);
    }

    static ArchRule doesNotDependOn(String root, String layer, String other) {
        return noClasses().that().resideInAPackage(root + "." + layer + "..")
                .should().dependOnClassesThat().resideInAPackage(root + "." + other + "..")
                .because("the window and the command line are two independent front ends")
                .allowEmptyShould(true);
    }

    static ArchRule packagesFormNoCycles(String root) {
        return SlicesRuleDefinition.slices().matching(root + ".(**)").should().beFreeOfCycles()
                .because("each package builds on the ones below it: model sections on model.format, the scenario on its sections");
    }

    static ArchRule onlyCliUsesStandardStreams(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("only the command line prints; everything else reports through return values");
    }

    static ArchRule nobodyPrintsStackTraces() {
        ArchCondition<JavaClass> printStackTrace = callMethodWhere(target(name("printStackTrace"))
                .and(target(owner(assignableTo(Throwable.class))))
                .and(target(rawParameterTypes(new Class<?>[0]))))
                .as("call Throwable.printStackTrace()");
        return noClasses().should(printStackTrace)
                .because("errors go to the user as messages, not to stderr as stack traces");
    }

    @Test
    void modelUsesNoJavaFxJFreeChartJacksonPicocliOrJtokkit() {
        modelUsesNoToolkitOrFileFormatLibrary(ROOT).check(production);
    }

    @Test
    void modelDependsOnNoOtherPlannerPackage() {
        modelDependsOnNoOtherPlannerPackage(ROOT).check(production);
    }

    @Test
    void packagesFormNoCycles() {
        packagesFormNoCycles(ROOT).check(production);
    }

    @Test
    void chartDependsOnlyOnModel() {
        dependsOnlyOnModel(ROOT, "chart").check(production);
    }

    @Test
    void ioDependsOnlyOnModel() {
        dependsOnlyOnModel(ROOT, "io").check(production);
    }

    @Test
    void uiDoesNotDependOnCli() {
        doesNotDependOn(ROOT, "ui", "cli").check(production);
    }

    @Test
    void cliDoesNotDependOnUi() {
        doesNotDependOn(ROOT, "cli", "ui").check(production);
    }

    @Test
    void onlyCliAccessesSystemOutAndSystemErr() {
        onlyCliUsesStandardStreams(ROOT).check(production);
    }

    @Test
    void noClassCallsPrintStackTrace() {
        nobodyPrintsStackTraces().check(production);
    }

    @Test
    void importFindsTheModelButNoTestClasses() {
        assertTrue(production.contain("org.llmcostplanner.model.ScenarioEvaluator"));
        assertFalse(production.contain(ArchitectureTest.class));
    }
}
