DROP TABLE IF EXISTS `teleport`;
CREATE TABLE `teleport` (
  `Description` varchar(75) DEFAULT NULL,
  `id` mediumint(7) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
);

INSERT INTO `teleport` VALUES
('Test Village -> Test Town',1,-12787,122779,-3112,10000,0,57),
('Noble''s Place',2,100,200,-300,1,1,6651); -- a comment, 3,'x'
