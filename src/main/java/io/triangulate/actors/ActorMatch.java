package io.triangulate.actors;

/**
 * One actor found in a text: [start, end) are offsets into the original text and {@code surface} is
 * exactly that substring, clitics included ("وطهران", "للبنتاجون").
 *
 * @param resolution alias, demonym, metonym, role, surname or context_rule
 */
public record ActorMatch(int start, int end, String surface, String actorId, String actorType, String actorName,
                         String resolution) {
}
