package dev.clearance.screening.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.clearance.screening.TestData;

class SdnAliasPairsTest {

    private static final String SDN = """
            10,"AL-NASIR, Khalid",individual,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1970; a.k.a. 'ABU-'UMAR'; a.k.a. 'KHALED NASSER'."
            20,"NASIR TRADING CO.",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\s
            30,"BANCO NACIONAL DE CUBA",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. 'BNC'."
            \u001a""";
    private static final String ALT = """
            10,1,"aka","NASIR, Khalid",-0-\s
            10,2,"aka","al-Nasir, Khalid",-0-\s
            20,3,"fka","NASSIR TRADING CO.",-0-\s
            30,4,"aka","NATIONAL BANK OF CUBA",-0-\s
            """;

    @Test
    void shouldPairEachPrimaryNameWithItsOwnStrongAndWeakAliasesAndDrawAnotherPartySharingAWord() throws Exception {
        String csv = SdnAliasPairs.generate(new StringReader(SDN), new StringReader(ALT));

        assertThat(csv.split("\n")).containsExactly(
                "query,candidate,is_match,kind,strength,alias_type,query_ent_num,candidate_ent_num",
                "\"AL-NASIR, Khalid\",\"NASIR, Khalid\",1,particle-dropped,strong,aka,10,10",
                "\"AL-NASIR, Khalid\",NASIR TRADING CO.,0,particle-dropped,strong,aka,10,20",
                "\"AL-NASIR, Khalid\",ABU-'UMAR,1,unrelated,weak,aka,10,10",
                "\"AL-NASIR, Khalid\",NASIR TRADING CO.,0,unrelated,weak,aka,10,20",
                "\"AL-NASIR, Khalid\",KHALED NASSER,1,weak-alias,weak,aka,10,10",
                "\"AL-NASIR, Khalid\",NASIR TRADING CO.,0,weak-alias,weak,aka,10,20",
                "NASIR TRADING CO.,NASSIR TRADING CO.,1,transliteration,strong,fka,20,20",
                "NASIR TRADING CO.,\"AL-NASIR, Khalid\",0,transliteration,strong,fka,20,10",
                "BANCO NACIONAL DE CUBA,NATIONAL BANK OF CUBA,1,mixed,strong,aka,30,30",
                "BANCO NACIONAL DE CUBA,BNC,1,weak-alias,weak,aka,30,30");
    }

    @Test
    void shouldRebuildTheCommittedSetByteForByteFromTheSdnFiles() throws Exception {
        Path sdn = TestData.repoData("lists/ofac/2021-07-07/sdn.csv");
        Path alt = TestData.repoData("lists/ofac/2021-07-07/alt.csv");

        String first = generate(sdn, alt);
        String second = generate(sdn, alt);

        assertThat(second).isEqualTo(first);
        assertThat(first.getBytes(StandardCharsets.UTF_8))
                .as("data/pairs/eval/sdn_aliases.csv is what the generator writes; rebuild it with the command in "
                        + "data/SOURCES.md")
                .isEqualTo(Files.readAllBytes(TestData.repoData("pairs/eval/sdn_aliases.csv")));
    }

    private static String generate(Path sdn, Path alt) throws Exception {
        try (Reader s = Files.newBufferedReader(sdn, StandardCharsets.UTF_8);
                Reader a = Files.newBufferedReader(alt, StandardCharsets.UTF_8)) {
            return SdnAliasPairs.generate(s, a);
        }
    }
}
