using System;
using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>
    /// Decodes signature and attribute blobs into C#-like type names without resolving assemblies, so that a
    /// contract assembly and the real library write the same type the same way ("int", "System.IO.Stream", "byte[]").
    /// </summary>
    public sealed class ApiTypeNames : ISignatureTypeProvider<string, object>, ICustomAttributeTypeProvider<string>
    {
        /// <summary>The one instance (the provider keeps no state).</summary>
        public static readonly ApiTypeNames Instance = new ApiTypeNames();

        private ApiTypeNames()
        {
        }

        /// <summary>The full name of a type definition, nested types as Outer+Inner.</summary>
        public static string OfDefinition(MetadataReader reader, TypeDefinitionHandle handle)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            TypeDefinitionHandle declaring = type.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return OfDefinition(reader, declaring) + "+" + reader.GetString(type.Name);
            }

            return Qualified(reader.GetString(type.Namespace), reader.GetString(type.Name));
        }

        /// <summary>The full name of a type reference, nested types as Outer+Inner.</summary>
        public static string OfReference(MetadataReader reader, TypeReferenceHandle handle)
        {
            TypeReference type = reader.GetTypeReference(handle);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return OfReference(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + reader.GetString(type.Name);
            }

            return Qualified(reader.GetString(type.Namespace), reader.GetString(type.Name));
        }

        /// <summary>The name of any type handle (definition, reference or specification).</summary>
        public static string Of(MetadataReader reader, EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeDefinition => OfDefinition(reader, (TypeDefinitionHandle)handle),
            HandleKind.TypeReference => OfReference(reader, (TypeReferenceHandle)handle),
            HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(Instance, null),
            _ => throw new NotSupportedException("type handle of kind " + handle.Kind),
        };

        /// <inheritdoc />
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Boolean => "bool",
            PrimitiveTypeCode.Byte => "byte",
            PrimitiveTypeCode.SByte => "sbyte",
            PrimitiveTypeCode.Char => "char",
            PrimitiveTypeCode.Int16 => "short",
            PrimitiveTypeCode.UInt16 => "ushort",
            PrimitiveTypeCode.Int32 => "int",
            PrimitiveTypeCode.UInt32 => "uint",
            PrimitiveTypeCode.Int64 => "long",
            PrimitiveTypeCode.UInt64 => "ulong",
            PrimitiveTypeCode.Single => "float",
            PrimitiveTypeCode.Double => "double",
            PrimitiveTypeCode.String => "string",
            PrimitiveTypeCode.Object => "object",
            PrimitiveTypeCode.Void => "void",
            _ => "System." + typeCode,
        };

        /// <inheritdoc />
        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => OfDefinition(reader, handle);

        /// <inheritdoc />
        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => OfReference(reader, handle);

        /// <inheritdoc />
        public string GetTypeFromSpecification(MetadataReader reader, object genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        /// <inheritdoc />
        public string GetSZArrayType(string elementType) => elementType + "[]";

        /// <inheritdoc />
        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

        /// <inheritdoc />
        public string GetByReferenceType(string elementType) => elementType + "&";

        /// <inheritdoc />
        public string GetPointerType(string elementType) => elementType + "*";

        /// <inheritdoc />
        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
            genericType + "<" + string.Join(", ", typeArguments) + ">";

        /// <inheritdoc />
        public string GetGenericTypeParameter(object genericContext, int index) => "!" + index;

        /// <inheritdoc />
        public string GetGenericMethodParameter(object genericContext, int index) => "!!" + index;

        /// <inheritdoc />
        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) =>
            (isRequired ? "modreq(" : "modopt(") + modifier + ") " + unmodifiedType;

        /// <inheritdoc />
        public string GetPinnedType(string elementType) => elementType;

        /// <inheritdoc />
        public string GetFunctionPointerType(MethodSignature<string> signature) => "function pointer";

        /// <inheritdoc />
        public string GetSystemType() => "System.Type";

        /// <inheritdoc />
        public bool IsSystemType(string type) => type == "System.Type";

        /// <inheritdoc />
        public string GetTypeFromSerializedName(string name) => name.Split(',')[0].Trim();

        /// <inheritdoc />
        /// <remarks>The enums passed to the attributes compared here (AttributeTargets) are int-based.</remarks>
        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        private static string Qualified(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
    }
}
