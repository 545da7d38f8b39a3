package org.o2c.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.o2c.events.EventCatalog;


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

        // no rule may pass by finding nothing to check: a service with aggregates must have them found
        noClasses().that(aggregates).or(commands).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK)
                .because("aggregates and commands hold business rules, not framework code").check(classes);

        for (String other : SERVICES) {
            if (!other.equals(service)) {
                noClasses().that().resideInAPackage(base + "..").should().dependOnClassesThat()
                        .resideInAPackage("org.o2c." + other + "..")
                        .because("services share only the published events in org.o2c.events").check(classes);
            }
        }

        noClasses().that().resideInAPackage(base + "..").should().resideInAnyPackage(
                        "..util..", "..utils..", "..common..", "..helper..", "..helpers..", "..manager..")
                .because("packages are named after business features").check(classes);

        classes().that().resideInAPackage("org.o2c.events..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.o2c.events..")
                .because("the published contract carries no framework types").check(classes);

        methods().that().areAnnotatedWith("org.axonframework.eventsourcing.EventSourcingHandler")
                .should(takeANamedEvent())
                .because("the event store keeps every event under its @EventType name, never its class name")
                .check(classes);

        classes().that().implement("org.o2c.events.PublishedEvent").and().areNotInterfaces()
                .should(beInTheCatalog())
                .because("a consumer decodes only what EventCatalog names, so an event left out is never read")
                .check(classes);
    }

    private static ArchCondition<JavaMethod> takeANamedEvent() {
        return new ArchCondition<>("take an event that has an @EventType name") {
            @Override
            public void check(JavaMethod handler, ConditionEvents events) {
                boolean named = !handler.getRawParameterTypes().isEmpty()
                        && handler.getRawParameterTypes().get(0).isAnnotatedWith("org.o2c.events.EventType");
                if (!named) {
                    events.add(SimpleConditionEvent.violated(handler, handler.getFullName()
                            + " takes an event without @EventType"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beInTheCatalog() {
        return new ArchCondition<>("be in EventCatalog under its @EventType") {
            @Override
            public void check(JavaClass event, ConditionEvents events) {
                Class<?> type = event.reflect();
                boolean catalogued = EventCatalog.isPublished(type)
                        && EventCatalog.classFor(EventCatalog.typeOf(type)).filter(type::equals).isPresent();
                if (!catalogued) {
                    events.add(SimpleConditionEvent.violated(event, event.getName() + " is not in EventCatalog"));
                }
            }
        };
    }
}
