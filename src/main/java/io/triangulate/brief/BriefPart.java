package io.triangulate.brief;

import io.triangulate.report.BriefModel;
import io.triangulate.report.SheetTable;

import java.util.ArrayList;
import java.util.List;

/** What one analysis contributes to the brief: sheets, a PDF section, and key findings. */
final class BriefPart {
    final List<SheetTable> tables = new ArrayList<>();
    final List<BriefModel.Section> sections = new ArrayList<>();
    final List<BriefModel.Finding> findings = new ArrayList<>();
}
