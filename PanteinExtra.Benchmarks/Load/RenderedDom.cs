using System.Text;

namespace PanteinExtra.Benchmarks.Load;

/// <summary>A node of the rendered page as the browser would hold it, reduced to what an agent script reads.</summary>
internal abstract class DomNode
{
    public DomContainer? Parent { get; set; }
}

internal sealed class DomText(string text, bool isMarkup) : DomNode
{
    public string Text { get; set; } = text;

    public bool IsMarkup { get; } = isMarkup;
}

/// <summary>A node with logical children: an element, or a component's place in its parent.</summary>
internal abstract class DomContainer : DomNode
{
    public List<DomNode> Children { get; } = [];

    public void Insert(int index, DomNode node)
    {
        node.Parent = this;
        Children.Insert(Math.Min(index, Children.Count), node);
    }
}

internal sealed class DomElement(string name) : DomContainer
{
    public string Name { get; } = name;

    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Event name without "on" (click, change, input, keyup) to the event handler id the server assigned.</summary>
    public Dictionary<string, ulong> Events { get; } = new(StringComparer.Ordinal);

    public string? TestId => Attributes.GetValueOrDefault("data-testid");

    public override string ToString() => $"<{Name} {string.Join(' ', Attributes.Select(a => $"{a.Key}=\"{a.Value}\""))}>";
}

/// <summary>A component's content; the same object sits in its parent's children where the component frame is.</summary>
internal sealed class DomComponent(int componentId) : DomContainer
{
    public int ComponentId { get; } = componentId;
}

/// <summary>
/// The page of one circuit, kept up to date from render batches the way the browser's renderer applies them: each
/// component's content is a logical container, regions are flattened into their parent, attributes with an event
/// handler id become events, and edits walk the tree with step-in/step-out from the component's container.
/// </summary>
internal sealed class RenderedDom
{
    private readonly Dictionary<int, DomComponent> _components = [];

    public int ComponentCount => _components.Count;

    public void Apply(RenderBatch batch)
    {
        foreach (var diff in batch.UpdatedComponents)
        {
            ApplyEdits(Component(diff.ComponentId), diff.Edits, batch.ReferenceFrames);
        }

        foreach (var id in batch.DisposedComponentIds)
        {
            _components.Remove(id);
        }
    }

    /// <summary>Every element on the page, in no particular order between components.</summary>
    public IEnumerable<DomElement> Elements() =>
        _components.Values.ToList().SelectMany(c => Descendants(c, crossComponents: false));

    public DomElement? ByTestId(string testId) => Elements().FirstOrDefault(e => e.TestId == testId);

    public IReadOnlyList<DomElement> AllByTestId(string testId) => Elements().Where(e => e.TestId == testId).ToList();

    /// <summary>The elements inside <paramref name="node"/>, child components' content included.</summary>
    public static IEnumerable<DomElement> Descendants(DomContainer node, bool crossComponents = true)
    {
        foreach (var child in node.Children)
        {
            if (child is DomElement element)
            {
                yield return element;
                foreach (var inner in Descendants(element, crossComponents))
                {
                    yield return inner;
                }
            }
            else if (child is DomComponent component && crossComponents)
            {
                foreach (var inner in Descendants(component, crossComponents))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The text inside <paramref name="node"/> (markup as its source), child components included.</summary>
    public static string TextOf(DomContainer node)
    {
        var text = new StringBuilder();
        AppendText(node, text);
        return text.ToString();
    }

    private static void AppendText(DomContainer node, StringBuilder text)
    {
        foreach (var child in node.Children)
        {
            switch (child)
            {
                case DomText t:
                    text.Append(t.Text);
                    break;
                case DomContainer c:
                    AppendText(c, text);
                    break;
            }
        }
    }

    private DomComponent Component(int id)
    {
        if (!_components.TryGetValue(id, out var component))
        {
            component = new DomComponent(id);
            _components[id] = component;
        }

        return component;
    }

    private void ApplyEdits(DomComponent component, IReadOnlyList<Edit> edits, IReadOnlyList<Frame> frames)
    {
        DomContainer parent = component;
        var depth = 0;
        List<(int From, int To)>? permutation = null;
        foreach (var edit in edits)
        {
            var index = edit.SiblingIndex;
            switch (edit.Type)
            {
                case EditType.PrependFrame:
                    var inserted = new List<DomNode>();
                    Build(frames, edit.ReferenceFrameIndex, edit.ReferenceFrameIndex + Math.Max(1, frames[edit.ReferenceFrameIndex].SubtreeLength), inserted);
                    for (var i = 0; i < inserted.Count; i++)
                    {
                        parent.Insert(index + i, inserted[i]);
                    }

                    break;
                case EditType.RemoveFrame:
                    if (index < parent.Children.Count)
                    {
                        parent.Children.RemoveAt(index);
                    }

                    break;
                case EditType.SetAttribute:
                    if (parent.Children.ElementAtOrDefault(index) is DomElement target)
                    {
                        SetAttribute(target, frames[edit.ReferenceFrameIndex]);
                    }

                    break;
                case EditType.RemoveAttribute:
                    if (parent.Children.ElementAtOrDefault(index) is DomElement from && edit.RemovedAttributeName is { } name)
                    {
                        from.Attributes.Remove(name);
                        if (name.StartsWith("on", StringComparison.Ordinal))
                        {
                            from.Events.Remove(name[2..]);
                        }
                    }

                    break;
                case EditType.UpdateText:
                case EditType.UpdateMarkup:
                    if (parent.Children.ElementAtOrDefault(index) is DomText text)
                    {
                        text.Text = frames[edit.ReferenceFrameIndex].Value ?? "";
                    }

                    break;
                case EditType.StepIn:
                    parent = (DomContainer)parent.Children[index];
                    depth++;
                    break;
                case EditType.StepOut:
                    parent = parent.Parent ?? component;
                    depth--;
                    break;
                case EditType.PermutationListEntry:
                    (permutation ??= []).Add((index, edit.ReferenceFrameIndex));
                    break;
                case EditType.PermutationListEnd:
                    if (permutation is not null)
                    {
                        var before = parent.Children.ToList();
                        foreach (var (fromIndex, toIndex) in permutation)
                        {
                            parent.Children[toIndex] = before[fromIndex];
                        }

                        permutation = null;
                    }

                    break;
                default:
                    throw new FormatException($"Unknown edit type {(int)edit.Type}.");
            }
        }

        if (depth != 0)
        {
            throw new FormatException($"The edits of component {component.ComponentId} end at depth {depth}, not 0.");
        }
    }

    /// <summary>The nodes the frames from <paramref name="start"/> up to <paramref name="end"/> insert, regions flattened.</summary>
    private void Build(IReadOnlyList<Frame> frames, int start, int end, List<DomNode> into)
    {
        for (var i = start; i < end; i++)
        {
            var frame = frames[i];
            switch (frame.Type)
            {
                case FrameType.Element:
                    var element = new DomElement(frame.Name ?? "");
                    var childAt = i + 1;
                    var elementEnd = i + frame.SubtreeLength;
                    for (; childAt < elementEnd && frames[childAt].Type == FrameType.Attribute; childAt++)
                    {
                        SetAttribute(element, frames[childAt]);
                    }

                    var children = new List<DomNode>();
                    Build(frames, childAt, elementEnd, children);
                    foreach (var child in children)
                    {
                        element.Insert(element.Children.Count, child);
                    }

                    into.Add(element);
                    i = elementEnd - 1;
                    break;
                case FrameType.Text:
                case FrameType.Markup:
                    into.Add(new DomText(frame.Value ?? "", frame.Type == FrameType.Markup));
                    break;
                case FrameType.Component:
                    into.Add(Component(frame.ComponentId));
                    i += Math.Max(1, frame.SubtreeLength) - 1;
                    break;
                case FrameType.Region:
                    Build(frames, i + 1, i + frame.SubtreeLength, into);
                    i += frame.SubtreeLength - 1;
                    break;
                default:
                    // Element and component reference captures, render modes and named events add no node.
                    break;
            }
        }
    }

    private static void SetAttribute(DomElement element, Frame attribute)
    {
        var name = attribute.Name ?? "";
        if (attribute.EventHandlerId != 0)
        {
            element.Events[name.StartsWith("on", StringComparison.Ordinal) ? name[2..] : name] = attribute.EventHandlerId;
        }
        else if (attribute.Value is null)
        {
            element.Attributes.Remove(name);
        }
        else
        {
            element.Attributes[name] = attribute.Value;
        }
    }
}
