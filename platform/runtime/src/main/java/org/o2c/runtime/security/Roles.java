package org.o2c.runtime.security;

import java.util.List;

/** The roles of ARCHITECTURE, as they appear in the token's {@code groups} claim. */
public final class Roles {
    public static final String AR_CLERK = "ar-clerk";
    public static final String AR_MANAGER = "ar-manager";
    public static final String CREDIT_MANAGER = "credit-manager";
    public static final String COLLECTOR = "collector";
    public static final String AP_CLERK = "ap-clerk";
    public static final String AP_APPROVER = "ap-approver";
    /** Reads everything, changes nothing. */
    public static final String AUDITOR = "auditor";
    /** ERP and sales systems. */
    public static final String INTEGRATION = "integration";
    /** Every role, for tables that must say what each may do. */
    public static final List<String> ALL = List.of(AR_CLERK, AR_MANAGER, CREDIT_MANAGER, COLLECTOR, AP_CLERK,
            AP_APPROVER, AUDITOR, INTEGRATION);

    private Roles() {
    }
}
