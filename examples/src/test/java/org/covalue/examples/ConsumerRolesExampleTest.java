package org.covalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsumerRolesExampleTest {

  private final String output = Output.of(ConsumerRolesExample::main);

  @Test
  void showsWhoHoldsEachRoleInEachConsumerOrganization() {
    assertThat(output)
        .contains(
            """
              Contoso Logistics: every role held
                customer: Dana Reyes, operations director
                user: Warehouse staff, Dana Reyes, operations director
                sponsor: Omar Haddad, chief financial officer
            """)
        .contains("  Northwind IT Services: every role held\n")
        .contains(
            """
              Fabrikam Retail: nobody as user, sponsor
                customer: Lee Park, store manager
                user: none
                sponsor: none
            """);
  }

  @Test
  void printsAFindingPerMissingRoleByName() {
    assertThat(output)
        .contains(
            """
            Findings: 2 warnings
              warning consumer-roles.role-not-covered: Fabrikam Retail has nobody as user
              warning consumer-roles.role-not-covered: Fabrikam Retail has nobody as sponsor
            """)
        .doesNotContain("fabrikam", "SPONSOR");
  }
}
