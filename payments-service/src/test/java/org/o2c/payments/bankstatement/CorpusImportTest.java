package org.o2c.payments.bankstatement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.o2c.payments.bankaccount.BankAccountNumber;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.testing.auth.TestTokens;

/**
 * Every sample bank file of the corpus goes through the import as a user sends it: its accounts registered first
 * where their numbers are valid, then the file posted. Each one is imported, or refused with the reason the test
 * predicts for it: a file that does not add up (the readers' own refusal), an account number that is no valid IBAN
 * (so it cannot be one of ours), or a statement already taken from an earlier file.
 */
@QuarkusTest
class CorpusImportTest {
    private static final List<String> FOLDERS = List.of("camt053", "camt054", "mt940", "mt942", "bai2");

    @Test
    void everyCorpusFileImportsOrIsRefusedWithItsReason() throws IOException {
        String legalEntity = "K" + (int) (Math.random() * 900_000 + 100_000);
        String manager = TestTokens.bearerFor(List.of(legalEntity), "corpus.manager", "ar-manager");
        BankFileReader reader = new BankFileReader();
        Set<String> registered = new HashSet<>();
        Set<String> imported = new HashSet<>();
        List<String> outcomes = new ArrayList<>();
        int taken = 0;
        for (String folder : FOLDERS) {
            try (Stream<Path> files = Files.list(BankFiles.FOLDER.resolve(folder))) {
                for (Path path : files.sorted().toList()) {
                    String name = folder + "/" + path.getFileName();
                    byte[] content = Files.readAllBytes(path);
                    String expectedRule;
                    String expectedText;
                    try {
                        List<BankStatement> statements = reader.read(content);
                        expectedRule = null;
                        expectedText = null;
                        for (BankStatement statement : statements) {
                            // registered as a user would type it: the first form of it that is a valid number
                            String account = BankAccountNumber.candidates(statement.account()).stream()
                                    .filter(CorpusImportTest::validNumber).findFirst().orElse(null);
                            if (account == null) {
                                expectedRule = "bank-account";
                                expectedText = "not one of our registered bank accounts";
                                break;
                            }
                            if (registered.add(account)) {
                                register(manager, legalEntity, account, statement.currency()).then().statusCode(201);
                            }
                            String key = identity(account, statement);
                            if (imported.contains(key)) {
                                expectedRule = "not-imported-before";
                                expectedText = "was imported on";
                                break;
                            }
                        }
                        if (expectedRule == null) {
                            statements.forEach(s -> imported.add(identity(BankAccountNumber.candidates(s.account())
                                    .stream().filter(CorpusImportTest::validNumber).findFirst().orElseThrow(), s)));
                        }
                    } catch (StatementRefused refused) {
                        expectedRule = "readable-statement";
                        expectedText = refused.getMessage();
                    }
                    Response answer = given().header("Authorization", manager)
                            .header("Idempotency-Key", UUID.randomUUID()).contentType(ContentType.BINARY)
                            .body(content).post("/api/v1/bank-statements");
                    if (expectedRule == null) {
                        assertThat(answer.statusCode()).as(name + ": " + answer.asString()).isEqualTo(201);
                        taken++;
                        outcomes.add(name + ": imported, " + answer.path("statements.size()") + " statement(s), "
                                + answer.path("appliedAutomatically") + " applied, " + answer.path("waiting")
                                + " waiting");
                    } else {
                        assertThat(answer.statusCode()).as(name + ": " + answer.asString()).isBetween(409, 422);
                        assertThat((String) answer.path("violations[0].rule")).as(name).isEqualTo(expectedRule);
                        assertThat((String) answer.path("detail")).as(name).contains(expectedText);
                        outcomes.add(name + ": refused (" + expectedRule + ") " + answer.path("detail"));
                    }
                }
            }
        }
        outcomes.forEach(System.out::println);
        assertThat(outcomes).hasSize(34);
        assertThat(taken).as("files imported").isGreaterThanOrEqualTo(15);
    }

    /** A statement is the same when its account, reference, number, closing date and balance are. */
    private static String identity(String account, BankStatement statement) {
        return account + "|" + statement.statementId() + "|" + statement.sequence() + "|"
                + (statement.closing() == null ? "" : statement.closing().date() + "|"
                + statement.closing().amount().stripTrailingZeros());
    }

    private static boolean validNumber(String account) {
        try {
            BankAccountNumber.parse("accountNumber", account);
            return true;
        } catch (BusinessRuleViolation e) {
            return false;
        }
    }

    private static Response register(String manager, String legalEntity, String account, String currency) {
        return given().header("Authorization", manager).header("Idempotency-Key", UUID.randomUUID())
                .contentType(ContentType.JSON).body(Map.of("legalEntity", legalEntity, "name", "Corpus " + account,
                        "accountNumber", account, "currency", currency, "clearingAccount", "1200"))
                .post("/api/v1/bank-accounts");
    }
}
