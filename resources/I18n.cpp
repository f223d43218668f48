// The translations are resources of this library; linking it makes :/i18n/aksara_id.qm available.
namespace Aksara::I18n {
int linked = 1;
}
