"""jixiao (绩效): draft, review and number-guard 绩效自评报告."""

__version__ = "0.1.0"
