using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using DeviceFirmware.HostTests.Bridge;

namespace DeviceFirmware.HostTests.ContractBuild
{
    /// <summary>
    /// Decodes signature blobs into type names without assemblies, so a definition in a contract and a
    /// MemberRef in the firmware that binds to it decode to the same text; also collects every named type met.
    /// </summary>
    /// <remarks>A new collecting instance per decode: <see cref="Seen"/> belongs to one signature.</remarks>
    public class SignatureTypeNames : ISignatureTypeProvider<string, object>
    {
        /// <summary>A provider that collects the named types it meets in <see cref="Seen"/>.</summary>
        public SignatureTypeNames()
            : this(collect: true)
        {
        }

        /// <summary>A provider that collects named types only when <paramref name="collect"/> is true (a shared instance must not).</summary>
        protected SignatureTypeNames(bool collect)
        {
            Seen = collect ? new HashSet<string>(System.StringComparer.Ordinal) : null;
        }

        /// <summary>The named types (definitions and references) the decoded signature mentions; null when not collecting.</summary>
        public HashSet<string> Seen { get; }

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
            Remember(MetadataApiReader.TypeDefinitionName(reader, handle));

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
            Remember(MetadataApiReader.TypeReferenceName(reader, handle));

        public string GetTypeFromSpecification(MetadataReader reader, object genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
            genericType + "<" + string.Join(",", typeArguments) + ">";

        public string GetGenericTypeParameter(object genericContext, int index) => "!" + index;

        public string GetGenericMethodParameter(object genericContext, int index) => "!!" + index;

        // modreq/modopt (in, init, volatile) do not change which definition a reference binds to here.
        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetPinnedType(string elementType) => elementType;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "function pointer";

        private string Remember(string name)
        {
            Seen?.Add(name);
            return name;
        }
    }
}
