package org.mutualis.inventory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.formats.AgentBodies;
import org.mutualis.inventory.domain.formats.AgentMessage;
import org.mutualis.inventory.domain.formats.AgentMessages;
import org.mutualis.inventory.domain.formats.BodyEncoding;
import org.mutualis.inventory.domain.formats.DecodedBody;
import org.mutualis.inventory.persistence.EnrolmentStore.ActiveEnrolment;
import org.mutualis.inventory.persistence.FactsCodec;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.MutualisException;
import org.mutualis.shared.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agents' endpoint, in the protocols they speak (docs/inventory-protocols.md): an OCS Inventory
 * or FusionInventory agent sends an XML PROLOG (answered SEND) then its INVENTORY (answered
 * NO_ACCOUNT_UPDATE); a GLPI Agent sends a PROLOG with its GLPI-Agent-ID (answered in JSON, which
 * moves it to its native protocol), a CONTACT (answered: run the inventory task) and its JSON
 * inventory. Each answer goes back compressed the way the agent's body came. The enrolment token in
 * the address says whose computer it is. A refusal (unknown or revoked token, malformed or oversized
 * body, external entities, a replay) answers the agent in its language and goes to the log; nothing
 * of it is stored.
 */
@Service
public class AgentInventories {

    private static final Logger LOG = LoggerFactory.getLogger(AgentInventories.class);

    /** Hours before the agent comes back (PROLOG_FREQ, expiration). */
    private static final int FREQUENCY_HOURS = 24;

    private static final String OK_JSON = "{\"status\":\"ok\",\"expiration\":" + FREQUENCY_HOURS + "}";

    private static final String SEND_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><REPLY><RESPONSE>SEND</RESPONSE>"
            + "<PROLOG_FREQ>" + FREQUENCY_HOURS + "</PROLOG_FREQ></REPLY>";

    private static final String NO_UPDATE_XML =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><REPLY><RESPONSE>NO_ACCOUNT_UPDATE</RESPONSE></REPLY>";

    /**
     * The fixed answers (the three texts above), compressed once per compression rather than with a
     * fresh zlib state for every inventory.
     */
    private static final java.util.Map<String, byte[]> ANSWERS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Enrolments enrolments;
    private final DeviceIngest ingest;
    private final TransactionTemplate transactions;
    private final Texts texts;
    private final Clock clock;
    private final int maxInflatedBytes;

    AgentInventories(
            Enrolments enrolments,
            DeviceIngest ingest,
            TransactionTemplate transactions,
            Texts texts,
            Clock clock,
            @Value("${mutualis.inventory.max-inflated-bytes:67108864}") int maxInflatedBytes) {
        this.enrolments = enrolments;
        this.ingest = ingest;
        this.transactions = transactions;
        this.texts = texts;
        this.clock = clock;
        this.maxInflatedBytes = maxInflatedBytes;
    }

    /**
     * @param token the enrolment token of the address
     * @param glpiAgentId the {@code GLPI-Agent-ID} header: a GLPI Agent, which speaks JSON
     */
    public AgentAnswer receive(
            @Nullable String token, byte[] body, @Nullable String contentType, @Nullable String glpiAgentId) {
        return receive(token, body, contentType, glpiAgentId, null);
    }

    /** @param userAgent the agent's User-Agent header, which names it when its inventory does not */
    public AgentAnswer receive(
            @Nullable String token,
            byte[] body,
            @Nullable String contentType,
            @Nullable String glpiAgentId,
            @Nullable String userAgent) {
        boolean json = glpiAgentId != null || (contentType != null && contentType.contains("json"));
        // Until the body is decoded, the answer goes back the way its first bytes say it came.
        BodyEncoding encoding = body.length > 1 && (body[0] & 0xFF) == 0x78
                ? BodyEncoding.ZLIB
                : body.length > 1 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B
                        ? BodyEncoding.GZIP
                        : BodyEncoding.PLAIN;
        String device = "?";
        try {
            // An unknown or revoked address is refused before its body is read: as unknown as a missing page.
            ActiveEnrolment enrolment = enrolments
                    .active(token)
                    .orElseThrow(() -> new AgentRefusedException(404, "inventory.agent.unknown"));
            DecodedBody decoded = AgentBodies.decode(body, contentType, maxInflatedBytes);
            encoding = decoded.encoding();
            json = json || firstSignificant(decoded.bytes()) == '{';
            AgentMessage message = AgentMessages.read(decoded.bytes());
            device = message.deviceId().replaceAll("\\p{Cntrl}", "_");
            if (message instanceof AgentMessage.Prolog) {
                return glpiAgentId != null
                        ? answer(200, encoding, true, OK_JSON)
                        : answer(200, encoding, false, SEND_XML);
            }
            if (message instanceof AgentMessage.Contact c) {
                return answer(200, encoding, true, contactAnswer(c.enabledTasks()));
            }
            store(
                    enrolment,
                    ((AgentMessage.Inventory) message).report().withAgentVersion(userAgent),
                    FactsCodec.sha256(decoded.bytes()));
            return json ? answer(200, encoding, true, OK_JSON) : answer(200, encoding, false, NO_UPDATE_XML);
        } catch (AgentRefusedException e) {
            return refuse(e.status, e, json, encoding, device);
        } catch (ConflictException e) {
            return refuse(409, e, json, encoding, device);
        } catch (MutualisException e) {
            return refuse(400, e, json, encoding, device);
        }
    }

    private void store(ActiveEnrolment enrolment, InventoryReport report, String payloadHash) {
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            transactions.executeWithoutResult(status -> ingest.store(
                    enrolment.territoryId(),
                    enrolment.collectivityId(),
                    enrolment.id(),
                    report,
                    DeviceIngest.Origin.AGENT,
                    null,
                    payloadHash,
                    now));
        } catch (DuplicateKeyException e) {
            // The same new device's first inventory twice at once: the second finds the first's row.
            transactions.executeWithoutResult(status -> ingest.store(
                    enrolment.territoryId(),
                    enrolment.collectivityId(),
                    enrolment.id(),
                    report,
                    DeviceIngest.Origin.AGENT,
                    null,
                    payloadHash,
                    now));
        }
    }

    private static String contactAnswer(List<String> enabledTasks) {
        var disabled = enabledTasks.stream()
                .filter(t -> !t.equalsIgnoreCase("inventory"))
                .map(t -> "\"" + jsonEscape(t) + "\"")
                .toList();
        return "{\"status\":\"ok\",\"expiration\":" + FREQUENCY_HOURS + ",\"tasks\":{\"inventory\":{}},\"disabled\":"
                + disabled + "}";
    }

    private AgentAnswer refuse(int status, MutualisException e, boolean json, BodyEncoding encoding, String device) {
        StringBuilder said = new StringBuilder(texts.format(e.code(), e.args(), Locale.FRENCH));
        for (var problem : e.problems()) {
            said.append(" — ");
            if (problem.field() != null) {
                said.append(problem.field()).append(" : ");
            }
            said.append(texts.format(problem.code(), problem.args().toArray(), Locale.FRENCH));
        }
        String text = said.toString();
        LOG.warn("inventory agent refused ({}): {} [device {}]", status, text, device);
        return json
                ? answer(
                        status,
                        encoding,
                        true,
                        "{\"status\":\"error\",\"message\":\"" + jsonEscape(text) + "\",\"expiration\":"
                                + FREQUENCY_HOURS + "}")
                : answer(
                        status,
                        encoding,
                        false,
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><REPLY><RESPONSE>ERROR</RESPONSE><ERROR>"
                                + xmlEscape(text) + "</ERROR></REPLY>");
    }

    private static AgentAnswer answer(int status, BodyEncoding encoding, boolean json, String text) {
        // Only the three fixed texts, never one holding what an agent wrote (a CONTACT names its tasks).
        boolean fixed = status == 200 && (text.equals(OK_JSON) || text.equals(SEND_XML) || text.equals(NO_UPDATE_XML));
        byte[] body = fixed ? ANSWERS.computeIfAbsent(encoding + text, k -> encoded(text, encoding)) : null;
        return new AgentAnswer(
                status, AgentBodies.contentType(encoding, json), body != null ? body.clone() : encoded(text, encoding));
    }

    private static byte[] encoded(String text, BodyEncoding encoding) {
        return AgentBodies.encode(text.getBytes(StandardCharsets.UTF_8), encoding);
    }

    private static int firstSignificant(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' '
                    && b != '\n'
                    && b != '\r'
                    && b != '\t'
                    && (b & 0xFF) != 0xEF
                    && (b & 0xFF) != 0xBB
                    && (b & 0xFF) != 0xBF) {
                return b;
            }
        }
        return -1;
    }

    private static String jsonEscape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A refusal with the HTTP status the agent gets. */
    static final class AgentRefusedException extends org.mutualis.shared.error.RejectedException {
        private final int status;

        AgentRefusedException(int status, String code, Object... args) {
            super(code, args);
            this.status = status;
        }
    }
}
