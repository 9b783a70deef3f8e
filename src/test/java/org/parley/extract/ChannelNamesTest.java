package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.link.Gazetteer;
import org.parley.link.Gazetteer.MatchKind;

/** Channels in the gazetteer and as the text names them. */
class ChannelNamesTest {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();
    private static final ChannelNames CHANNELS = new ChannelNames(GAZETTEER);

    private static String key(String text) {
        ChannelNames.Found found = CHANNELS.find(text, 0, text.length()).orElseThrow(() -> new AssertionError("no channel in " + text));
        return CHANNELS.actor(found).key();
    }

    @Test
    void aChannelIsOneOrganisationWhateverDescribesIt() {
        for (String text : List.of("state broadcaster CCTV", "Chinese state broadcaster CCTV reported", "China Central Television",
                "the CCTV News channel")) {
            assertEquals("org/cctv", key(text), text);
        }
        assertEquals("org/xinhua", key("the official Xinhua news agency"));
        assertEquals("org/peoples-daily", key("the People’s Daily"), "apostrophes straight or curly");
        assertEquals("org/kremlin-website", key("a readout posted on the Kremlin's website"));
    }

    @Test
    void anOutletTheGazetteerLacksIsNamedAsTheTextNamesIt() {
        assertEquals("org/russian-state-television", key("Russian state television quoted him"));
        ChannelNames.Found bare = CHANNELS.find("the UN nuclear agency said", 0, 26).orElseThrow();
        assertTrue(!bare.namesAnOutlet(), "a bare 'agency' names no outlet: " + bare);
    }

    @Test
    void channelsAreNoPartiesToContacts() {
        assertTrue(GAZETTEER.scan("CCTV and Xinhua reported the talks.").stream().noneMatch(m -> m.kind() == MatchKind.ORGANISATION),
                "the name scan leaves channels out");
        assertTrue(GAZETTEER.channel("Agence France-Presse").isPresent());
        assertTrue(GAZETTEER.organisation("CCTV").isEmpty());
    }
}
