#include "common/RolePicker.h"

#include "common/DemoFolder.h"
#include "common/RoleNames.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace medchain::ui {

RolePicker::RolePicker(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("rolePicker"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_title->setFont(big);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("identityList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("pickerBusy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pickerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *column = new QVBoxLayout(this);
    const int margin = fontMetrics().height() * 2;
    column->setContentsMargins(margin, margin, margin, margin);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addWidget(m_list, 1);
    column->addWidget(m_busyBar);
    column->addWidget(m_message);
    setFocusProxy(m_list);

    // One click logs in; Enter (and a double click, on styles that activate on it) too.
    auto pick = [this](QTreeWidgetItem *item) { choose(m_list->indexOfTopLevelItem(item)); };
    connect(m_list, &QTreeWidget::itemClicked, this, pick);
    connect(m_list, &QTreeWidget::itemActivated, this, pick);
    retranslateUi();
}

void RolePicker::setIdentities(const QString &folder, const QList<demo::DemoIdentity> &identities)
{
    m_folder = folder;
    m_identities = identities;
    fill();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void RolePicker::fill()
{
    m_list->clear();
    for (const demo::DemoIdentity &who : std::as_const(m_identities))
        m_list->addTopLevelItem(
            new QTreeWidgetItem({RoleNames::demoRole(who.role), who.name, who.detail}));
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
}

QString RolePicker::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool RolePicker::choose(int row)
{
    if (m_busy || row < 0 || row >= m_identities.size())
        return false;
    m_chosen = m_identities.at(row);
    m_message->hide();
    setBusy(true);
    KeystoreUnlock::start(this, DemoFolder(m_folder).keystorePath(m_chosen),
                          DemoFolder::passphrase(), [this](Result<UnlockedKeystore> result) {
                              setBusy(false);
                              if (!result) {
                                  m_message->setText(KeystoreUnlock::message(result.failure()));
                                  m_message->show();
                                  emit failedToUnlock(m_message->text());
                                  return;
                              }
                              m_unlocked = std::move(result).value();
                              emit unlocked();
                          });
    return true;
}

bool RolePicker::chooseRole(const QString &role)
{
    for (int row = 0; row < m_identities.size(); ++row)
        if (m_identities.at(row).role == role)
            return choose(row);
    return false;
}

std::optional<UnlockedKeystore> RolePicker::takeUnlocked()
{
    return std::exchange(m_unlocked, std::nullopt);
}

void RolePicker::setBusy(bool busy)
{
    m_busy = busy;
    m_list->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    retranslateUi();
}

void RolePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        retranslateUi();
        fill();
        if (QTreeWidgetItem *current = m_list->topLevelItem(row))
            m_list->setCurrentItem(current);
    }
    QWidget::changeEvent(event);
}

void RolePicker::retranslateUi()
{
    m_title->setText(tr("Log in to the demo network"));
    m_text->setText(
        m_busy ? tr("Opening the keystore of %1…").arg(m_chosen.name)
               : tr("Pick whom to be: each identity's keystore opens with the demo's published "
                    "passphrase, %1. Use File ▸ Switch Identity to come back here.")
                     .arg(QLatin1String(DemoFolder::Passphrase)));
    m_list->setHeaderLabels({tr("Role"), tr("Name"), tr("Detail")});
}

} // namespace medchain::ui
