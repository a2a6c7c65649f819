package org.apparatus.model;

import org.apparatus.diagnostic.SourcePos;

/** An editorial page written in Markdown (introduction, method, chronology ...). */
public record Page(String id, String title, int order, Markdown body, SourcePos pos) {}
