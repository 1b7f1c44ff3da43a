package org.parley.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapConfigFileTest {
    @TempDir Path dir;

    @Test
    void writtenFileReadsBackIntoTheSameConfig() throws IOException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ServerName", "mail.example.com");
        v.put("PortOffset", 10000L);
        v.put("Ports", Map.of("imap", "1143"));
        v.put("Store", "sqlite");
        BootstrapConfigFile.write(dir, v);
        BootstrapConfig c = BootstrapConfigFile.toConfig(dir, BootstrapConfigFile.read(dir));
        assertThat(c.serverName()).isEqualTo("mail.example.com");
        assertThat(c.port("imap")).isEqualTo(11143);
        assertThat(c.port("smtp")).isEqualTo(10025);
        assertThat(c.store()).isEqualTo(StoreKind.SQLITE);
    }

    @Test
    void missingFileGivesDefaults() throws IOException {
        BootstrapConfig c = BootstrapConfigFile.toConfig(dir, BootstrapConfigFile.read(dir));
        assertThat(c.port("cli")).isEqualTo(106);
        assertThat(c.bindAddress()).isNull();
    }

    @Test
    void errorsNameTheFileAndKey() throws IOException {
        Files.writeString(dir.resolve("parley.conf"), "{ServerNmae=x;}");
        assertThatThrownBy(() -> BootstrapConfigFile.read(dir)).hasMessageContaining("parley.conf").hasMessageContaining("ServerNmae");
        Files.writeString(dir.resolve("parley.conf"), "{Store=oracle;}");
        assertThatThrownBy(() -> BootstrapConfigFile.toConfig(dir, BootstrapConfigFile.read(dir))).hasMessageContaining("Store");
        Files.writeString(dir.resolve("parley.conf"), "{Ports={imapx=1;};}");
        assertThatThrownBy(() -> BootstrapConfigFile.toConfig(dir, BootstrapConfigFile.read(dir))).hasMessageContaining("imapx");
        Files.writeString(dir.resolve("parley.conf"), "{PortOffset=\"abc\";");
        assertThatThrownBy(() -> BootstrapConfigFile.read(dir)).hasMessageContaining("parley.conf");
    }

    @Test
    void postgresNeedsAUrl() throws IOException {
        Files.writeString(dir.resolve("parley.conf"), "{Store=postgres;}");
        assertThatThrownBy(() -> BootstrapConfigFile.toConfig(dir, BootstrapConfigFile.read(dir))).hasMessageContaining("PostgresURL");
    }
}
