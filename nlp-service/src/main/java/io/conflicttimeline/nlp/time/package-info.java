/**
 * Temporal expressions: finding them, normalizing them to TimeML TIMEX3 values, and establishing the document
 * date they are resolved against.
 *
 * <p>{@link io.conflicttimeline.nlp.time.PublicationDateInferrer} gives the document creation time (the
 * publisher's date, else a dateline, a weekday stated with its month and day, or the latest explicit full date;
 * never "today"). {@link io.conflicttimeline.nlp.time.TimeTagger} tags DATE, TIME, DURATION and SET expressions
 * with TimeML extents and resolves relative ones ("Wednesday", "overnight", "six months ago", "last year")
 * against it, leaving unresolved parts as {@code X} when the document date is unknown.
 *
 * <p>Why a rule engine of our own: HeidelTime and SUTime, the reference taggers, are GPL-licensed (we ship under
 * Apache-2.0) and heavy to embed (UIMA / CoreNLP with their models and reflection-based configuration, at odds
 * with a native image); Natty is small but unmaintained and covers parsing of a date string rather than tagging
 * news text. The rules here are plain precompiled regular expressions over closed-class vocabulary plus a small
 * tense heuristic, with no reflection and no resources to load, and are measured on TimeBank + AQUAINT
 * (see {@code TimeMlCorpusEvaluationTest} and the module README).
 */
package io.conflicttimeline.nlp.time;
