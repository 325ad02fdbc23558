package org.campo.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.campo.common.CampoException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A failure a view model catches is shown as a sentence; one Campo did not expect also reaches the log. */
class MessageTest {
    private final Logger logger = Logger.getLogger(Message.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
    }

    @Test
    void anUnexpectedFailureIsShownAsTheGenericSentenceAndLoggedWithItsTrace() {
        IllegalStateException bug = new IllegalStateException("index 3 of 2");
        Message shown = Message.caught(bug);
        assertThat(shown.key()).isEqualTo("common.unexpected");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(r.getThrown()).isSameAs(bug);
        });
    }

    @Test
    void aCampoExceptionIsItsOwnSentenceAndNotLogged() {
        Message shown = Message.caught(new CampoException("common.io", "kit.campokit"));
        assertThat(shown.key()).isEqualTo("common.io");
        assertThat(shown.args()).containsExactly("kit.campokit");
        assertThat(records).isEmpty();
    }
}
