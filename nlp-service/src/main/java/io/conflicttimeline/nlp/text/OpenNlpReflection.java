package io.conflicttimeline.nlp.text;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Classes OpenNLP instantiates by name while reading the three model files (the manifests' {@code factory} entries,
 * the artifact serializers and the POS model's feature-generator descriptor), registered for the native image.
 */
@RegisterForReflection(targets = {
        opennlp.tools.sentdetect.SentenceDetectorFactory.class,
        opennlp.tools.tokenize.TokenizerFactory.class,
        opennlp.tools.postag.POSTaggerFactory.class,
        opennlp.tools.util.model.GenericModelSerializer.class,
        opennlp.tools.util.model.POSModelSerializer.class,
        opennlp.tools.util.model.DictionarySerializer.class,
        opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory.class }, classNames = {
                "opennlp.tools.util.model.PropertiesSerializer",
                "opennlp.tools.util.model.ByteArraySerializer" })
final class OpenNlpReflection {

    private OpenNlpReflection() {
    }
}
