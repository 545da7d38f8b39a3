package org.o2c.invoicing.customer;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.security.LegalEntityScope;

/** Opens customer accounts: one, or many at once as an ERP's master data load sends them. */
@Singleton
public class CustomerRegistration {
    @Inject
    Commands commands;
    @Inject
    CustomerDirectory directory;

    public CustomerView register(RegisterCustomerRequest request, LegalEntityScope scope) {
        CustomerId id = send(request, scope);
        return directory.find(id.value()).orElseThrow();
    }

    /**
     * All or nothing, in one unit of work (the event rows go to the store as one batch); a problem names its
     * customer, e.g. {@code customers[3].name}. The answer is in the order of the requests.
     */
    public List<CustomerView> registerAll(List<RegisterCustomerRequest> requests, LegalEntityScope scope) {
        List<UUID> ids = commands.together(() -> {
            List<UUID> registered = new ArrayList<>(requests.size());
            for (int i = 0; i < requests.size(); i++) {
                try {
                    registered.add(send(requests.get(i), scope).value());
                } catch (ProblemException e) {
                    throw e.within("customers[" + i + "]");
                }
            }
            return registered;
        });
        Map<UUID, CustomerView> found = directory.findAll(ids);
        return ids.stream().map(found::get).toList();
    }

    private CustomerId send(RegisterCustomerRequest request, LegalEntityScope scope) {
        scope.require("legalEntity", request.legalEntity());
        CustomerId id = CustomerId.newId();
        commands.send(new RegisterCustomer(id, request.name(), request.legalEntity(),
                Currency.getInstance(request.currency()), request.paymentTermsNetDays()));
        return id;
    }
}
