"""A run of text found elsewhere in the report, standing after a connective that opens its own clause
(，同时 / ，并 / ，此外), is the host's next clause told again, not text pasted into a sentence; the same
run cutting a sentence open is still a splice."""

from drafting.checks.splices import find_partial_splices
from drafting.report import Paragraph, Report

_SOURCE = ("某县污水处理厂应急工程经费用于购买一套日处理能力为300t/d的MBR应急一体化设备、新增一座8000m³的调节池,"
           "配套建设管网、围挡及其附属配套设施设备。")


def _splices(host: str) -> list[str]:
    report = Report(blocks=[Paragraph(text=host), Paragraph(text=_SOURCE)])
    return [f.location.quote for f in find_partial_splices(report)]


def test_a_run_after_a_connective_that_opens_its_clause_is_the_hosts_own_clause():
    host = ("2021年6月经县政府研究,为了尽快降低进水池液位,立即对污水处理厂采取限流措施,并购买一套应急设备用于应急处置,"
            "同时新增一座8000m³的调节池,配套建设管网、围挡及其附属配套设施设备。目前,该厂日处理量约500t/d。")
    assert _splices(host) == []


def test_the_same_run_cutting_a_sentence_open_is_still_a_splice():
    host = ("2021年6月经县政府研究,为了尽快降低进水池液位,立即对污水处理厂采取限流措施,并购买一套应急设备用于应急处"
            "新增一座8000m³的调节池,配套建设管网、围挡及其附属配套设施设备。置,目前,该厂日处理量约500t/d。")
    assert _splices(host) != []
