/// The language-model layer: an OpenAI-compatible client with its cache, limits and ledger.
public enum LLM {}
