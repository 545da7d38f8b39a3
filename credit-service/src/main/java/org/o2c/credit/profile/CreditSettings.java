package org.o2c.credit.profile;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Legal-entity settings of credit: {@code o2c.credit.approval-threshold."DE01"=25000} is the largest raise of a
 * limit, in the profile's currency, that takes effect without a second credit manager; entities not named use
 * {@code o2c.credit.default-approval-threshold}.
 */
@ConfigMapping(prefix = "o2c.credit")
public interface CreditSettings {

    @WithDefault("50000")
    BigDecimal defaultApprovalThreshold();

    Map<String, BigDecimal> approvalThreshold();

    default BigDecimal approvalThresholdOf(String legalEntity) {
        return approvalThreshold().getOrDefault(legalEntity, defaultApprovalThreshold());
    }
}
