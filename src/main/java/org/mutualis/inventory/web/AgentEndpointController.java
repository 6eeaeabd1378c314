package org.mutualis.inventory.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.AgentAnswer;
import org.mutualis.inventory.AgentInventories;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the inventory agents post (GLPI Agent, FusionInventory, OCS Inventory): the enrolment token
 * in the address is their credential. The body is read up to the limit (a longer one is refused
 * before it is read whole); the rest is {@link AgentInventories}'.
 */
@RestController
@Hidden
class AgentEndpointController {

    private final AgentInventories inventories;
    private final int maxBodyBytes;

    AgentEndpointController(
            AgentInventories inventories, @Value("${mutualis.inventory.max-body-bytes:16777216}") int maxBodyBytes) {
        this.inventories = inventories;
        this.maxBodyBytes = maxBodyBytes;
    }

    @PostMapping("/api/inventory/agent/{enrolmentToken}")
    ResponseEntity<byte[]> receive(
            @PathVariable String enrolmentToken,
            @RequestHeader(name = "Content-Type", required = false) @Nullable String contentType,
            @RequestHeader(name = "GLPI-Agent-ID", required = false) @Nullable String glpiAgentId,
            @RequestHeader(name = "User-Agent", required = false) @Nullable String userAgent,
            HttpServletRequest request)
            throws IOException {
        long length = request.getContentLengthLong();
        if (length > maxBodyBytes) {
            return tooLarge();
        }
        byte[] body = read(request.getInputStream(), maxBodyBytes);
        if (body == null) {
            return tooLarge();
        }
        AgentAnswer answer = inventories.receive(enrolmentToken, body, contentType, glpiAgentId, userAgent);
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.parseMediaType(answer.contentType()))
                .body(answer.body());
    }

    private ResponseEntity<byte[]> tooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(MediaType.TEXT_PLAIN)
                .body(("Inventaire refusé : plus de " + maxBodyBytes + " octets.")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The body, or null past {@code max} bytes. */
    private static byte @Nullable [] read(InputStream in, int max) throws IOException {
        var out = new ByteArrayOutputStream(Math.min(max, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        int total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
