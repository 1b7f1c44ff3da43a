package org.parley.admin.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliException;
import org.parley.admin.codec.Reply;
import org.parley.admin.command.Subject;
import org.parley.core.format.CgpSyntaxException;
import org.parley.directory.DirectoryError;
import org.parley.directory.DirectoryException;
import org.parley.store.mail.MailError;
import org.parley.store.mail.MailStoreException;

class ErrorMappingTest {
    private static int code(DirectoryError e, Subject s) {
        return ErrorMapping.toReply(new DirectoryException(e, "x"), s).code();
    }

    @Test
    void everyDirectoryErrorHasItsCode() {
        assertThat(code(DirectoryError.NOT_FOUND, Subject.DOMAIN)).isEqualTo(CliCodes.UNKNOWN_DOMAIN);
        assertThat(code(DirectoryError.NOT_FOUND, Subject.ACCOUNT)).isEqualTo(CliCodes.UNKNOWN_OBJECT);
        assertThat(code(DirectoryError.NOT_FOUND, Subject.GROUP)).isEqualTo(CliCodes.UNKNOWN_OBJECT);
        assertThat(code(DirectoryError.ALREADY_EXISTS, Subject.ACCOUNT)).isEqualTo(CliCodes.ALREADY_EXISTS);
        assertThat(code(DirectoryError.INVALID_NAME, Subject.ACCOUNT)).isEqualTo(CliCodes.BAD_PARAMETERS);
        assertThat(code(DirectoryError.INVALID_SETTING, Subject.DOMAIN)).isEqualTo(CliCodes.BAD_PARAMETERS);
        assertThat(code(DirectoryError.PERMISSION, Subject.ACCOUNT)).isEqualTo(CliCodes.NOT_ALLOWED);
        assertThat(code(DirectoryError.NOT_EMPTY, Subject.DOMAIN)).isEqualTo(CliCodes.NOT_EMPTY);
        for (DirectoryError e : DirectoryError.values()) {
            assertThat(code(e, null)).isBetween(500, 599);
        }
    }

    @Test
    void everyMailStoreErrorHasItsCodeAndKeepsItsText() {
        assertThat(ErrorMapping.toReply(new MailStoreException(MailError.NONEXISTENT, "no such mailbox"), Subject.MAILBOX))
                .isEqualTo(new Reply.Status(CliCodes.UNKNOWN_OBJECT, "no such mailbox"));
        assertThat(ErrorMapping.code(MailError.ALREADY_EXISTS)).isEqualTo(CliCodes.ALREADY_EXISTS);
        assertThat(ErrorMapping.code(MailError.INVALID_NAME)).isEqualTo(CliCodes.BAD_PARAMETERS);
        assertThat(ErrorMapping.code(MailError.INVALID_ARGUMENT)).isEqualTo(CliCodes.BAD_PARAMETERS);
        assertThat(ErrorMapping.code(MailError.HAS_CHILDREN)).isEqualTo(CliCodes.NOT_EMPTY);
        assertThat(ErrorMapping.code(MailError.NO_PERMISSION)).isEqualTo(CliCodes.NOT_ALLOWED);
        assertThat(ErrorMapping.code(MailError.CANNOT)).isEqualTo(CliCodes.NOT_ALLOWED);
        for (MailError e : MailError.values()) {
            assertThat(ErrorMapping.toReply(new MailStoreException(e, "x"), null).code()).isBetween(501, 599)
                    .isNotEqualTo(CliCodes.INTERNAL_ERROR);
        }
    }

    @Test
    void cliAndSyntaxErrorsKeepTheirMeaning() {
        assertThat(ErrorMapping.toReply(new CliException(512, "unknown domain x"), null))
                .isEqualTo(new Reply.Status(512, "unknown domain x"));
        Reply.Status s = ErrorMapping.toReply(new CgpSyntaxException("unterminated quoted string", 7), Subject.ACCOUNT);
        assertThat(s.code()).isEqualTo(CliCodes.BAD_PARAMETERS);
        assertThat(s.text()).contains("unterminated quoted string at 7");
    }

    @Test
    void unexpectedFailuresAreInternalErrorsWithAnIncidentIdAndNoDetails() {
        Reply.Status s = ErrorMapping.toReply(new IllegalStateException("jdbc:postgresql://secret-host/db"), Subject.ACCOUNT);
        assertThat(s.code()).isEqualTo(CliCodes.INTERNAL_ERROR);
        assertThat(s.text()).startsWith("internal error; incident ").doesNotContain("secret-host");
    }
}
