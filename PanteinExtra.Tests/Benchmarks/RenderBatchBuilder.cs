extern alias benchmarks;

using System.Text;
using benchmarks::PanteinExtra.Benchmarks.Load;

namespace PanteinExtra.Tests.Benchmarks;

/// <summary>
/// Writes a render batch in the layout the server sends (what the browser's out-of-process reader expects), so the
/// headless client's reader and page model can be tested on exact bytes: component diffs, reference frames, disposed
/// components and event handlers, a string table, and the five offsets at the end.
/// </summary>
internal sealed class RenderBatchBuilder
{
    private readonly List<(int ComponentId, List<(EditType Type, int Sibling, int Reference, string? Removed)> Edits)> _diffs = [];
    private readonly List<(FrameType Type, int Second, int Third, ulong Handler, string? SecondString, string? ThirdString)> _frames = [];
    private readonly List<int> _disposedComponents = [];
    private readonly List<ulong> _disposedHandlers = [];

    public RenderBatchBuilder Diff(int componentId, params (EditType Type, int Sibling, int Reference, string? Removed)[] edits)
    {
        _diffs.Add((componentId, edits.ToList()));
        return this;
    }

    /// <summary>Adds a frame and returns its index among the reference frames.</summary>
    public int Element(string name, int subtreeLength) => Add((FrameType.Element, subtreeLength, 0, 0, null, name));

    public int Attribute(string name, string? value, ulong eventHandlerId = 0) => Add((FrameType.Attribute, 0, 0, eventHandlerId, name, value));

    public int Text(string text) => Add((FrameType.Text, 0, 0, 0, text, null));

    public int Markup(string markup) => Add((FrameType.Markup, 0, 0, 0, markup, null));

    public int Component(int componentId, int subtreeLength) => Add((FrameType.Component, subtreeLength, componentId, 0, null, null));

    public int Region(int subtreeLength) => Add((FrameType.Region, subtreeLength, 0, 0, null, null));

    public RenderBatchBuilder DisposeComponent(int id)
    {
        _disposedComponents.Add(id);
        return this;
    }

    public RenderBatchBuilder DisposeEventHandler(ulong id)
    {
        _disposedHandlers.Add(id);
        return this;
    }

    private int Add((FrameType, int, int, ulong, string?, string?) frame)
    {
        _frames.Add(frame);
        return _frames.Count - 1;
    }

    public byte[] Build()
    {
        var strings = new List<string>();
        int StringIndex(string? s)
        {
            if (s is null)
            {
                return -1;
            }

            strings.Add(s);
            return strings.Count - 1;
        }

        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.UTF8);

        var diffPositions = new List<int>();
        foreach (var (componentId, edits) in _diffs)
        {
            diffPositions.Add((int)stream.Position);
            writer.Write(componentId);
            writer.Write(edits.Count);
            foreach (var (type, sibling, reference, removed) in edits)
            {
                writer.Write((int)type);
                writer.Write(sibling);
                writer.Write(reference);
                writer.Write(StringIndex(removed));
            }
        }

        var updatedAt = (int)stream.Position;
        writer.Write(diffPositions.Count);
        diffPositions.ForEach(writer.Write);

        var framesAt = (int)stream.Position;
        writer.Write(_frames.Count);
        foreach (var (type, second, third, handler, secondString, thirdString) in _frames)
        {
            writer.Write((int)type);
            switch (type)
            {
                case FrameType.Element:
                    writer.Write(second);
                    writer.Write(StringIndex(thirdString));
                    writer.Write(0L);
                    break;
                case FrameType.Attribute:
                    writer.Write(StringIndex(secondString));
                    writer.Write(StringIndex(thirdString));
                    writer.Write(handler);
                    break;
                case FrameType.Text or FrameType.Markup:
                    writer.Write(StringIndex(secondString));
                    writer.Write(0);
                    writer.Write(0L);
                    break;
                default:
                    writer.Write(second);
                    writer.Write(third);
                    writer.Write(0L);
                    break;
            }
        }

        var disposedAt = (int)stream.Position;
        writer.Write(_disposedComponents.Count);
        _disposedComponents.ForEach(writer.Write);

        var handlersAt = (int)stream.Position;
        writer.Write(_disposedHandlers.Count);
        _disposedHandlers.ForEach(writer.Write);

        // Strings: LEB128-length-prefixed UTF-8 (BinaryWriter.Write(string)), then the table of their positions.
        var stringPositions = new List<int>();
        foreach (var s in strings)
        {
            stringPositions.Add((int)stream.Position);
            writer.Write(s);
        }

        var tableAt = (int)stream.Position;
        stringPositions.ForEach(writer.Write);

        writer.Write(updatedAt);
        writer.Write(framesAt);
        writer.Write(disposedAt);
        writer.Write(handlersAt);
        writer.Write(tableAt);
        writer.Flush();
        return stream.ToArray();
    }
}
