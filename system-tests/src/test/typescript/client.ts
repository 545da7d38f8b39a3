// A front-end team's client, written against the types generated from the six live specs side by side.
// It reads required fields without guards and handles nullable ones, names operations by operationId, and
// sends the Idempotency-Key the specs require: tsc --strict fails if a spec loses any of that.
import type { components as Invoicing, operations as InvoicingOperations } from "./generated/invoicing";
import type { components as Payments, operations as PaymentsOperations } from "./generated/payments";
import type { components as Collections, operations as CollectionsOperations } from "./generated/collections";
import type { components as Credit, operations as CreditOperations } from "./generated/credit";
import type { components as Payables, operations as PayablesOperations } from "./generated/payables";
import type { components as Reporting, operations as ReportingOperations } from "./generated/reporting";

type Json<O> = O extends { content: { "application/json": infer B } } ? B : never;

// invoicing: an invoice as issued, and the body and key of issuing one
type Invoice = Invoicing["schemas"]["Invoice"];
type IssueInvoice = Json<InvoicingOperations["issueInvoice"]["requestBody"]>;
type IssuedInvoice = Json<InvoicingOperations["issueInvoice"]["responses"][201]>;
const issueKey: InvoicingOperations["issueInvoice"]["parameters"]["header"]["Idempotency-Key"] = "erp-order-1";

export function invoiceLine(invoice: Invoice): string {
  const open = invoice.openAmount ?? "not yet in the ledger";
  const credited = invoice.creditNotes.map((note) => note.creditNoteNumber).join(", ");
  return `${invoice.invoiceNumber} ${invoice.issueDate} due ${invoice.dueDate}: ${invoice.grossAmount.trim()} `
    + `${invoice.currency} (${invoice.lines.length} lines, open ${open}, credited by ${credited}, `
    + `${invoice.settlementState.toLowerCase()})`;
}

export function issueRequest(customerId: string): { body: IssueInvoice; key: string } {
  return {
    body: { customerId, issueDate: "2026-11-02", lines: [{ description: "Pilsner keg 50 l", quantity: "4", unitPrice: "119.50", taxRate: "19" }] },
    key: issueKey,
  };
}

export function issued(answer: IssuedInvoice): string {
  return answer.id.toLowerCase();
}

// payments: a customer's accounts, and the problem every service answers with
type CustomerAccounts = Json<PaymentsOperations["getReceivableAccount"]["responses"][200]>;
type PaymentsProblem = Payments["schemas"]["Problem"];

export function balances(accounts: CustomerAccounts): string[] {
  return accounts.accounts.map((account) =>
    `${account.currency}: ${account.totals.balance} (${account.openItems.totalItems} open items, `
    + `${account.unappliedPayments.length} payments with cash left)`);
}

export function explain(problem: PaymentsProblem): string {
  const fields = (problem.violations ?? []).map((v) => `${v.field} (${v.rule}): ${v.message}`);
  return `${problem.status} ${problem.title}${problem.detail ? ": " + problem.detail : ""} ${fields.join("; ")}`;
}

// collections: the collector's worklist
type Worklist = Json<CollectionsOperations["listCollectionCases"]["responses"][200]>;
type Dispute = Collections["schemas"]["Dispute"];

export function worklist(cases: Worklist): string[] {
  return cases.items.map((c) => `${c.customerId} ${c.legalEntity} ${c.overdueAmount} ${c.currency}, `
    + `${c.oldestDaysPastDue} days, last letter ${c.lastLetterLevel ?? "none"}`);
}

export function disputed(dispute: Dispute): string {
  return `${dispute.invoiceNumber}: ${dispute.amount} ${dispute.status}`;
}

// credit: a profile with its pending raise, and a check's decision
type CreditProfile = Credit["schemas"]["CreditProfile"];
type CreditCheck = Json<CreditOperations["checkCredit"]["responses"][200]>;

export function headroom(profile: CreditProfile): string {
  const pending = profile.pendingLimitChange;
  return `${profile.availableCredit} of ${profile.creditLimit} ${profile.currency}`
    + (pending ? `; ${pending.requestedLimit} asked by ${pending.requestedBy}` : "");
}

export function decision(check: CreditCheck): string {
  return `${check.decision}: ${check.reasons.join(", ")}`;
}

// payables: supplier invoices waiting for approval
type SupplierInvoices = Json<PayablesOperations["listSupplierInvoices"]["responses"][200]>;
type Supplier = Payables["schemas"]["Supplier"];

export function toApprove(page: SupplierInvoices): string[] {
  return page.items.map((i) => `${i.supplierInvoiceNumber} ${i.grossAmount} due ${i.dueDate} ${i.status}`);
}

export function supplierName(supplier: Supplier): string {
  return supplier.name.toUpperCase();
}

// reporting: the AR aging and DSO
type ArAging = Json<ReportingOperations["getArAging"]["responses"][200]>;
type Dso = Reporting["schemas"]["DaysSalesOutstanding"];

export function agingTotals(aging: ArAging): string[] {
  return aging.totals.map((t) => `${t.currency}: ${t.amounts.total} (${t.amounts.over120} over 120 days)`);
}

export function dso(line: Dso): string {
  return line.dso === null ? `${line.legalEntity}: ${line.explanation}` : `${line.legalEntity}: ${line.dso} days`;
}
