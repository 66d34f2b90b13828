"""The model seam shared by drafting and the judge: providers (offline, fake, OpenAI-compatible),
prompt files, the answer cache and token counting.

May import: the core, ``io`` (atomic writes) and ``llm`` itself. Only this room touches LangChain
and openai.
"""
