// sipscope_translations carries only the embedded .qm resources; a static library
// needs one translation unit of its own.
namespace SipScope {
int translationsAnchor() { return 0; }
} // namespace SipScope
