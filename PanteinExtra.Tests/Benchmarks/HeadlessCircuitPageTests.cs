extern alias benchmarks;

using benchmarks::PanteinExtra.Benchmarks.Load;

namespace PanteinExtra.Tests.Benchmarks;

/// <summary>The load benchmark's headless client: reading render batches and keeping the page the way the browser does.</summary>
public sealed class HeadlessCircuitPageTests
{
    private static (EditType, int, int, string?) E(EditType type, int sibling = 0, int reference = 0, string? removed = null) => (type, sibling, reference, removed);

    /// <summary>
    /// Component 1 renders <c>&lt;div data-testid="search"&gt;Zoek&lt;input value="" oninput=11&gt;[region: "a", component 2]&lt;/div&gt;</c>;
    /// component 2 renders <c>&lt;button data-testid="go" onclick=12&gt;Zoeken&lt;/button&gt;</c>.
    /// </summary>
    private static byte[] FirstBatch()
    {
        var b = new RenderBatchBuilder();
        var div = b.Element("div", 9);
        b.Attribute("data-testid", "search");
        b.Text("Zoek");
        b.Element("input", 3);
        b.Attribute("value", "");
        b.Attribute("oninput", null, eventHandlerId: 11);
        b.Region(3);
        b.Text("a");
        b.Component(2, 1);
        var button = b.Element("button", 4);
        b.Attribute("data-testid", "go");
        b.Attribute("onclick", null, eventHandlerId: 12);
        b.Text("Zoeken");
        return b
            .Diff(1, E(EditType.PrependFrame, 0, div))
            .Diff(2, E(EditType.PrependFrame, 0, button))
            .Build();
    }

    [Fact]
    public void Reader_ReadsDiffsFramesAndStrings_AsWritten()
    {
        var batch = RenderBatch.Read(FirstBatch());

        Assert.Equal([1, 2], batch.UpdatedComponents.Select(d => d.ComponentId));
        Assert.Equal(EditType.PrependFrame, batch.UpdatedComponents[0].Edits.Single().Type);
        Assert.Equal(13, batch.ReferenceFrames.Count);
        Assert.Equal(new Frame(FrameType.Element, 9, 0, "div", null, 0), batch.ReferenceFrames[0]);
        Assert.Equal(new Frame(FrameType.Attribute, 1, 0, "oninput", null, 11), batch.ReferenceFrames[5]);
        Assert.Equal(new Frame(FrameType.Component, 1, 2, null, null, 0), batch.ReferenceFrames[8]);
        Assert.Equal(new Frame(FrameType.Attribute, 1, 0, "onclick", null, 12), batch.ReferenceFrames[11]);
        Assert.Equal("Zoeken", batch.ReferenceFrames[12].Value);
        Assert.Empty(batch.DisposedComponentIds);
    }

    [Fact]
    public void Page_FlattensRegions_PlacesChildComponents_AndTurnsHandlerAttributesIntoEvents()
    {
        var dom = new RenderedDom();

        dom.Apply(RenderBatch.Read(FirstBatch()));

        var search = dom.ByTestId("search")!;
        Assert.Equal(["input"], RenderedDom.Descendants(search, crossComponents: false).Select(e => e.Name));
        Assert.Equal(["input", "button"], RenderedDom.Descendants(search).Select(e => e.Name));
        Assert.Equal("ZoekaZoeken", RenderedDom.TextOf(search));
        var input = RenderedDom.Descendants(search).First();
        Assert.Equal(11UL, input.Events["input"]);
        Assert.Equal("", input.Attributes["value"]);
        Assert.Equal(12UL, dom.ByTestId("go")!.Events["click"]);
    }

    [Fact]
    public void Page_AppliesLaterEdits_StepInAttributeTextRemovalAndDisposal()
    {
        var dom = new RenderedDom();
        dom.Apply(RenderBatch.Read(FirstBatch()));

        // Component 1: into the div, the input's value set, the text "Zoek" updated, the region's "a" removed;
        // component 2 disposed (its place in the div goes with the frame removed at index 2, where "a" was, then 2 again).
        var b = new RenderBatchBuilder();
        var value = b.Attribute("value", "1000123");
        var text = b.Text("Zoek een lid");
        var second = b
            .Diff(1,
                E(EditType.StepIn, 0),
                E(EditType.UpdateText, 0, text),
                E(EditType.SetAttribute, 1, value),
                E(EditType.RemoveAttribute, 1, removed: "oninput"),
                E(EditType.RemoveFrame, 2),
                E(EditType.RemoveFrame, 2),
                E(EditType.StepOut))
            .DisposeComponent(2)
            .DisposeEventHandler(12)
            .Build();

        dom.Apply(RenderBatch.Read(second));

        var search = dom.ByTestId("search")!;
        Assert.Equal("Zoek een lid", RenderedDom.TextOf(search));
        var input = Assert.Single(RenderedDom.Descendants(search));
        Assert.Equal("1000123", input.Attributes["value"]);
        Assert.Empty(input.Events);
        Assert.Null(dom.ByTestId("go"));
    }

    [Fact]
    public void Page_PermutesSiblings_AsAKeyedListMoves()
    {
        var b = new RenderBatchBuilder();
        var first = b.Element("li", 2);
        b.Attribute("data-testid", "one");
        var secondItem = b.Element("li", 2);
        b.Attribute("data-testid", "two");
        var dom = new RenderedDom();
        dom.Apply(RenderBatch.Read(b.Diff(5, E(EditType.PrependFrame, 0, first), E(EditType.PrependFrame, 1, secondItem)).Build()));

        dom.Apply(RenderBatch.Read(new RenderBatchBuilder()
            .Diff(5, E(EditType.PermutationListEntry, 0, 1), E(EditType.PermutationListEntry, 1, 0), E(EditType.PermutationListEnd))
            .Build()));

        Assert.Equal(["two", "one"], dom.Elements().Select(e => e.TestId));
    }

    [Fact]
    public void RootComponentOperations_AddEveryServerMarker_WithThePersistedState()
    {
        const string html = """
            <html><body><!--Blazor:{"type":"server","prerenderId":"a1","key":{"locationHash":"h","formattedComponentKey":""},"sequence":0,"descriptor":"CfDJ8x"}-->
            <p>prerendered</p><!--Blazor:{"prerenderId":"a1"}-->
            <!--Blazor:{"type":"server","prerenderId":"b2","key":{"locationHash":"h2","formattedComponentKey":""},"sequence":1,"descriptor":"CfDJ8y"}--><!--Blazor:{"prerenderId":"b2"}-->
            <!--Blazor-Server-Component-State:c3RhdGU=--></body></html>
            """;

        var (operations, state) = HeadlessCircuit.RootComponentOperations(html);

        Assert.Equal("c3RhdGU=", state);
        var batch = System.Text.Json.Nodes.JsonNode.Parse(operations)!;
        Assert.Equal(1, (int)batch["batchId"]!);
        var added = batch["operations"]!.AsArray();
        Assert.Equal(2, added.Count);
        Assert.All(added, o => Assert.Equal("add", (string)o!["type"]!));
        Assert.Equal([1, 2], added.Select(o => (int)o!["ssrComponentId"]!));
        Assert.Equal("CfDJ8y", (string)added[1]!["marker"]!["descriptor"]!);
        Assert.Equal(1, (int)added[1]!["marker"]!["uniqueId"]!);
    }
}
