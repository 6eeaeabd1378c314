package org.mutualis.shared.text;

import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** A {@link Text} in an API body is written as its sentence in the reader's language. */
@JacksonComponent
class TextJson extends ValueSerializer<Text> {

    private final Texts texts;

    TextJson(Texts texts) {
        this.texts = texts;
    }

    @Override
    public void serialize(Text value, JsonGenerator gen, SerializationContext context) {
        gen.writeString(texts.of(value));
    }
}
