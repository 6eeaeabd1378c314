package org.mutualis.servicedesk.mail;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * {@code mutualis.servicedesk.mail.*}: the service centre's mailbox (docs/servicedesk-mail.md). The
 * password comes from the environment ({@code MUTUALIS_DESK_MAIL_PASSWORD}), never from the
 * repository.
 */
@Component
public class MailSettings {

    private final boolean enabled;
    private final String host;
    private final int port;
    private final String protocol;
    private final String username;
    private final String password;
    private final String folder;
    private final String processedFolder;
    private final String territorySiren;
    private final DataSize maxMessageSize;
    private final int batchSize;
    private final Duration timeout;

    MailSettings(
            @Value("${mutualis.servicedesk.mail.enabled:false}") boolean enabled,
            @Value("${mutualis.servicedesk.mail.host:localhost}") String host,
            @Value("${mutualis.servicedesk.mail.port:993}") int port,
            @Value("${mutualis.servicedesk.mail.protocol:imaps}") String protocol,
            @Value("${mutualis.servicedesk.mail.username:}") String username,
            @Value("${mutualis.servicedesk.mail.password:}") String password,
            @Value("${mutualis.servicedesk.mail.folder:INBOX}") String folder,
            @Value("${mutualis.servicedesk.mail.processed-folder:}") String processedFolder,
            @Value("${mutualis.servicedesk.mail.territory-siren:}") String territorySiren,
            @Value("${mutualis.servicedesk.mail.max-message-size:25MB}") DataSize maxMessageSize,
            @Value("${mutualis.servicedesk.mail.batch-size:50}") int batchSize,
            @Value("${mutualis.servicedesk.mail.timeout:PT30S}") Duration timeout) {
        if (!protocol.equals("imap") && !protocol.equals("imaps")) {
            throw new IllegalArgumentException("mutualis.servicedesk.mail.protocol: imap or imaps, not " + protocol);
        }
        this.enabled = enabled;
        this.host = host.strip();
        this.port = port;
        this.protocol = protocol;
        this.username = username.strip();
        this.password = password;
        this.folder = folder.isBlank() ? "INBOX" : folder.strip();
        this.processedFolder = processedFolder.strip();
        this.territorySiren = territorySiren.strip();
        this.maxMessageSize = maxMessageSize;
        this.batchSize = Math.max(1, batchSize);
        this.timeout = timeout;
    }

    public boolean enabled() {
        return enabled;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String protocol() {
        return protocol;
    }

    public String username() {
        return username;
    }

    String password() {
        return password;
    }

    public String folder() {
        return folder;
    }

    /** Where a taken message is moved; empty: it stays in {@link #folder()}, flagged as seen. */
    public String processedFolder() {
        return processedFolder;
    }

    /** The SIREN of the EPCI whose centre the mailbox belongs to; empty: the centre whose mailbox is {@link #username()}. */
    public String territorySiren() {
        return territorySiren;
    }

    public long maxMessageBytes() {
        return maxMessageSize.toBytes();
    }

    /** At most this many messages per poll; the rest wait for the next one. */
    public int batchSize() {
        return batchSize;
    }

    public Duration timeout() {
        return timeout;
    }

    @Override
    public String toString() {
        return protocol + "://" + username + "@" + host + ":" + port + "/" + folder;
    }
}
