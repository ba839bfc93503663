package dev.mtqa.config;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HouseStyleTest {

    @Test
    void readsTheTableWithQuotedCellsAndComments() {
        String csv = """
                # a comment
                preferred,variants,exceptions,source
                Kyiv,Kiev|Kijev,"Chicken Kiev|Kievan Rus",AP
                Odesa, Odessa ,"Odessa, Texas",
                """;
        List<Term> terms = HouseStyle.parseTable(csv, "test.csv");
        assertThat(terms).hasSize(2);
        assertThat(terms.get(0).variants()).containsExactly("Kiev", "Kijev");
        assertThat(terms.get(0).exceptions()).containsExactly("Chicken Kiev", "Kievan Rus");
        assertThat(terms.get(1).variants()).containsExactly("Odessa");
        assertThat(terms.get(1).exceptions()).containsExactly("Odessa, Texas");
        assertThat(terms.get(1).origin()).isEqualTo("test.csv:4");
    }

    @Test
    void aLaterEntryForTheSamePreferredSpellingReplacesTheEarlierOne() {
        HouseStyle style = new HouseStyle(List.of(
                new Term("Kyiv", List.of("Kiev"), List.of(), "", "a"),
                new Term("Kyiv", List.of("Kiev", "Kyjiw"), List.of(), "", "b")));
        assertThat(style.terms()).singleElement().satisfies(t -> assertThat(t.variants()).contains("Kyjiw"));
    }

    @Test
    void theBuiltInTableLoadsAndCoversTheIssueList() {
        HouseStyle style = HouseStyle.load(RuleResources.builtIn());
        assertThat(style.terms()).extracting(Term::preferred)
                .contains("Kyiv", "Kharkiv", "Odesa", "Luhansk", "Mykolaiv", "Zaporizhzhia", "Dnipro", "Lviv", "Donbas",
                        "Zelenskyy");
    }

    @Test
    void readsTbxBasicAndTbx3() {
        String tbx2 = """
                <martif type="TBX-Basic" xml:lang="en"><text><body>
                  <termEntry id="c1">
                    <langSet xml:lang="en">
                      <tig><term>Kyiv</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                      <tig><term>Kiev</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
                      <tig><term>Kyjiw</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
                    </langSet>
                    <langSet xml:lang="uk"><tig><term>Київ</term></tig></langSet>
                  </termEntry>
                </body></text></martif>""";
        String tbx3 = """
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
                  <conceptEntry id="c2"><langSec xml:lang="en-GB">
                    <termSec><term>Odesa</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                    <termSec><term>Odessa</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
                  </langSec></conceptEntry>
                </body></text></tbx>""";
        assertThat(TbxReader.read(tbx2, "a.tbx")).singleElement().satisfies(t -> {
            assertThat(t.preferred()).isEqualTo("Kyiv");
            assertThat(t.variants()).containsExactly("Kiev");
        });
        assertThat(TbxReader.read(tbx3, "b.tbx")).singleElement().satisfies(t -> {
            assertThat(t.preferred()).isEqualTo("Odesa");
            assertThat(t.variants()).containsExactly("Odessa");
        });
    }

    @Test
    void aTermbaseWithADoctypeIsRefusedSoNoEntityIsExpanded() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>""";
        assertThatThrownBy(() -> TbxReader.read(xxe, "evil.tbx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("evil.tbx");
    }
}
