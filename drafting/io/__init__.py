"""Files in and out: data loading, report reading (text, .docx), the .docx writer, atomic writes,
schema export, the user's cache folder and the command's compiled patterns kept there.

May import: the core (errors, quantities, report, findings, department) and ``io`` itself. Never
``numbers``, ``llm``, ``checks`` or ``draft``. Only this room touches python-docx and the file system.
"""
