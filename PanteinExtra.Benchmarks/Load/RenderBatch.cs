using System.Buffers.Binary;
using System.Text;

namespace PanteinExtra.Benchmarks.Load;

/// <summary>The kinds of render tree frame, as numbered in a render batch.</summary>
internal enum FrameType
{
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
    ComponentRenderMode = 9,
    NamedEvent = 10,
}

/// <summary>The kinds of edit in a component's diff, as numbered in a render batch.</summary>
internal enum EditType
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

/// <summary>
/// One frame: its type and, depending on it, a subtree length, a name, a text, a value, a component id or an event
/// handler id (the same four slots the browser's reader interprets per frame type).
/// </summary>
internal readonly record struct Frame(FrameType Type, int SubtreeLength, int ComponentId, string? Name, string? Value, ulong EventHandlerId);

/// <summary>One edit: sibling index, reference frame (or move target) index and, for a removed attribute, its name.</summary>
internal readonly record struct Edit(EditType Type, int SiblingIndex, int ReferenceFrameIndex, string? RemovedAttributeName);

internal sealed record ComponentDiff(int ComponentId, IReadOnlyList<Edit> Edits);

/// <summary>
/// A render batch as the server sends it to the browser (JS.RenderBatch): the diffs per component, the reference frames
/// they point into, and the disposed components and event handlers. The layout is the one the browser's
/// out-of-process reader expects: five int32 offsets at the end (updated components, reference frames, disposed
/// component ids, disposed event handler ids, string table), each range a count followed by fixed-size entries, and
/// strings as LEB128-length-prefixed UTF-8, -1 meaning null.
/// </summary>
internal sealed record RenderBatch(
    IReadOnlyList<ComponentDiff> UpdatedComponents,
    IReadOnlyList<Frame> ReferenceFrames,
    IReadOnlyList<int> DisposedComponentIds,
    IReadOnlyList<ulong> DisposedEventHandlerIds)
{
    private const int FrameLength = 20;
    private const int EditLength = 16;

    public static RenderBatch Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < 20)
        {
            throw new FormatException($"A render batch has at least 20 bytes, this one {data.Length}.");
        }

        var strings = new StringTable(data);
        var updated = new List<ComponentDiff>();
        var updatedAt = Int(data, data.Length - 20);
        var updatedCount = Int(data, updatedAt);
        for (var i = 0; i < updatedCount; i++)
        {
            var diffAt = Int(data, updatedAt + 4 + (i * 4));
            var componentId = Int(data, diffAt);
            var editCount = Int(data, diffAt + 4);
            var edits = new Edit[editCount];
            for (var e = 0; e < editCount; e++)
            {
                var at = diffAt + 8 + (e * EditLength);
                var type = (EditType)Int(data, at);
                edits[e] = new Edit(type, Int(data, at + 4), Int(data, at + 8), type == EditType.RemoveAttribute ? strings.Read(Int(data, at + 12)) : null);
            }

            updated.Add(new ComponentDiff(componentId, edits));
        }

        var framesAt = Int(data, data.Length - 16);
        var frameCount = Int(data, framesAt);
        var frames = new Frame[frameCount];
        for (var i = 0; i < frameCount; i++)
        {
            frames[i] = ReadFrame(data, framesAt + 4 + (i * FrameLength), strings);
        }

        var disposedAt = Int(data, data.Length - 12);
        var disposed = new int[Int(data, disposedAt)];
        for (var i = 0; i < disposed.Length; i++)
        {
            disposed[i] = Int(data, disposedAt + 4 + (i * 4));
        }

        var handlersAt = Int(data, data.Length - 8);
        var handlers = new ulong[Int(data, handlersAt)];
        for (var i = 0; i < handlers.Length; i++)
        {
            handlers[i] = BinaryPrimitives.ReadUInt64LittleEndian(data[(handlersAt + 4 + (i * 8))..]);
        }

        return new RenderBatch(updated, frames, disposed, handlers);
    }

    private static Frame ReadFrame(ReadOnlySpan<byte> data, int at, StringTable strings)
    {
        var type = (FrameType)Int(data, at);
        var second = Int(data, at + 4);
        var third = Int(data, at + 8);
        return type switch
        {
            FrameType.Element => new Frame(type, second, 0, strings.Read(third), null, 0),
            FrameType.Component => new Frame(type, second, third, null, null, 0),
            FrameType.Region => new Frame(type, second, 0, null, null, 0),
            FrameType.Text or FrameType.Markup => new Frame(type, 1, 0, null, strings.Read(second), 0),
            FrameType.Attribute => new Frame(type, 1, 0, strings.Read(second), strings.Read(third), BinaryPrimitives.ReadUInt64LittleEndian(data[(at + 12)..])),
            FrameType.ElementReferenceCapture => new Frame(type, 1, 0, null, strings.Read(second), 0),
            _ => new Frame(type, 1, 0, null, null, 0),
        };
    }

    private static int Int(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadInt32LittleEndian(data[at..]);

    private readonly ref struct StringTable(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private readonly int _tableAt = Int(data, data.Length - 4);

        public string? Read(int index)
        {
            if (index == -1)
            {
                return null;
            }

            var at = Int(_data, _tableAt + (index * 4));
            var length = 0;
            var shift = 0;
            byte b;
            do
            {
                b = _data[at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);

            return Encoding.UTF8.GetString(_data.Slice(at, length));
        }
    }
}
