package org.o2c.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The platform's architecture as tests, the same for every service: the domain stays free of the framework,
 * no service reaches into another, only the published events cross service lines.
 */
public final class ArchitectureRules {
    private static final List<String> SERVICES =
            List.of("invoicing", "payments", "collections", "credit", "payables", "reporting");
    private static final String[] FRAMEWORK = {"io.quarkus..", "jakarta.ws.rs..", "org.apache.kafka..",
            "jakarta.enterprise..", "jakarta.inject..", "jakarta.persistence.."};

    private ArchitectureRules() {
    }

    /** Checks the service whose code lives in {@code org.o2c.<service>}; fails with every violation. */
    public static void check(String service) {
        String base = "org.o2c." + service;
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base, "org.o2c.events");

        DescribedPredicate<JavaClass> aggregates = DescribedPredicate.describe("aggregates",
                c -> c.getAllFields().stream().anyMatch(f ->
                        f.isAnnotatedWith("org.axonframework.modelling.command.AggregateIdentifier")));
        DescribedPredicate<JavaClass> commands = DescribedPredicate.describe("commands",
                c -> c.isRecord() && c.getAllFields().stream().anyMatch(f ->
                        f.isAnnotatedWith("org.axonframework.modelling.command.TargetAggregateIdentifier")));

        noClasses().that(aggregates).or(commands).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK)
                .because("aggregates and commands hold business rules, not framework code")
                .allowEmptyShould(true).check(classes);

        for (String other : SERVICES) {
            if (!other.equals(service)) {
                noClasses().that().resideInAPackage(base + "..").should().dependOnClassesThat()
                        .resideInAPackage("org.o2c." + other + "..")
                        .because("services share only the published events in org.o2c.events")
                        .allowEmptyShould(true).check(classes);
            }
        }

        noClasses().that().resideInAPackage(base + "..").should().resideInAnyPackage(
                        "..util..", "..utils..", "..common..", "..helper..", "..helpers..", "..manager..")
                .because("packages are named after business features").allowEmptyShould(true).check(classes);

        classes().that().resideInAPackage("org.o2c.events..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.o2c.events..")
                .because("the published contract carries no framework types").check(classes);
    }
}
