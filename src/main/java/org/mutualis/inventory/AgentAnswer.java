package org.mutualis.inventory;

/** What the endpoint answers an agent: a status, and a body in the agent's language and compression. */
public record AgentAnswer(int status, String contentType, byte[] body) {}
